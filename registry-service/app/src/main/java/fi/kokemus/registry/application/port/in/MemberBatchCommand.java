package fi.kokemus.registry.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * One organisation's batch of members.
 *
 * @param dryRun answer every outcome the batch would have without storing or announcing anything
 */
public record MemberBatchCommand(String organisationId, SyncMode mode, boolean dryRun, List<BatchRecord> records) {

    public MemberBatchCommand {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(mode, "mode");
        records = List.copyOf(records);
    }
}
