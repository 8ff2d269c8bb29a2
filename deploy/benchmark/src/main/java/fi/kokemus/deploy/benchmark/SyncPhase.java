package fi.kokemus.deploy.benchmark;

/**
 * NGO sync: the first half of the members in batches straight to the registry service, the second half through
 * the gateway, next to the driver upserting all of them into a scratch collection.
 */
final class SyncPhase {

    private static final String RATE = "records/s";

    private final MemberLoader loader;
    private final RawBulkWrite raw;
    private final RegistryClient service;
    private final RegistryClient gateway;

    SyncPhase(MemberLoader loader, RawBulkWrite raw, RegistryClient service, RegistryClient gateway) {
        this.loader = loader;
        this.raw = raw;
        this.service = service;
        this.gateway = gateway;
    }

    void run(int members, ResultTable table) {
        String phase = "sync " + members + " members";
        String name = "upsert, batches ≤" + MemberLoader.BATCH;
        int half = members / 2;
        Measurement floor = Attempt.of(table, phase, name, "raw driver", () -> {
            Measurement measurement = raw.upsert(loader.members(0, members));
            table.measured(phase, name, "raw driver", measurement, RATE, null, members + " records, bulkWrite");
            return measurement;
        }).orElse(null);
        Attempt.of(table, phase, name, "service", () -> sync(service, 0, half, table, phase, name, "service", floor));
        Attempt.of(table, phase, name, "gateway", () -> sync(gateway, half, members, table, phase, name, "gateway", floor));
    }

    private Measurement sync(RegistryClient via, int from, int to, ResultTable table, String phase, String name,
            String viaName, Measurement floor) {
        MemberLoader.SyncRun run = loader.syncBatches(via, from, to);
        table.measured(phase, name, viaName, run.measurement(), RATE, floor, (to - from) + " records " + run.outcomes());
        return run.measurement();
    }
}
