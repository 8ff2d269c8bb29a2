package fi.kokemus.registry.application.port.in;

/** One member of a batch as the partner sent it: readable as a sync command, or already refused. */
public sealed interface BatchRecord {

    /** The partner's member id as sent; may be missing on a refused record. */
    String externalId();

    record Readable(SyncMemberCommand command) implements BatchRecord {

        @Override
        public String externalId() {
            return command.member().externalId();
        }
    }

    record Unreadable(String externalId, RecordProblem problem) implements BatchRecord {
    }
}
