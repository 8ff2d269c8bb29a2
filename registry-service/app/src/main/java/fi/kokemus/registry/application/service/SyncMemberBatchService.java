package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.BatchResult;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordProblem;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncMemberBatchUseCase;
import fi.kokemus.registry.application.port.in.SyncMemberUseCase;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.application.port.in.SyncResult;
import fi.kokemus.registry.application.port.out.DuplicateCandidates;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertAccess;
import fi.kokemus.registry.domain.MemberReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Syncs each record with the single-member sync, which also flags possible duplicates; a dry run
 * runs the very same code against a repository and candidates that forget their writes.
 */
public class SyncMemberBatchService implements SyncMemberBatchUseCase {

    private final Target real;
    private final Target dryRun;

    public SyncMemberBatchService(ExpertRepository experts, DuplicateCandidates candidates,
            ProfileCheck profileCheck, Clock clock) {
        this.real = new Target(experts, new SyncMemberService(experts, candidates, profileCheck, clock));
        ExpertRepository forgetful = new DryRunExpertRepository(experts);
        this.dryRun = new Target(forgetful, new SyncMemberService(forgetful,
                new DryRunDuplicateCandidates(candidates), profileCheck, clock));
    }

    private record Target(ExpertRepository experts, SyncMemberUseCase syncMember) {
    }

    @Override
    public BatchResult sync(Actor actor, MemberBatchCommand command) {
        ExpertAccess.requireMayMaintain(actor, command.organisationId());
        if (command.records().size() > MAX_RECORDS) {
            throw DomainProblem.invalid("batch-too-large",
                    "A batch holds at most " + MAX_RECORDS + " members", "members");
        }
        List<BatchRecord> records = withRepeatsRefused(command.records());
        List<RecordResult> results = new ArrayList<>(syncRecords(actor, command.dryRun(), records));
        if (command.mode() == SyncMode.FULL) {
            results.addAll(deactivateUnlisted(command.dryRun(), command.organisationId(), externalIds(records)));
        }
        return new BatchResult(command.mode(), command.dryRun(), results);
    }

    /** The batch with every repeat of a member id already listed refused, so it is synced once. */
    static List<BatchRecord> withRepeatsRefused(List<BatchRecord> records) {
        Set<String> seen = new HashSet<>();
        return records.stream().map(record -> seen.add(record.externalId()) || !(record instanceof BatchRecord.Readable)
                ? record
                : new BatchRecord.Unreadable(record.externalId(), new RecordProblem("duplicate-in-batch",
                        "The member " + record.externalId() + " is listed earlier in this batch", "externalId")))
                .toList();
    }

    static Set<String> externalIds(List<BatchRecord> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(record.externalId()));
        return ids;
    }

    List<RecordResult> syncRecords(Actor actor, boolean dryRun, List<BatchRecord> records) {
        Target target = dryRun ? this.dryRun : real;
        return records.stream().map(record -> syncOne(actor, target, record)).toList();
    }

    private RecordResult syncOne(Actor actor, Target target, BatchRecord record) {
        if (record instanceof BatchRecord.Unreadable unreadable) {
            return RecordResult.failed(unreadable.externalId(), unreadable.problem());
        }
        BatchRecord.Readable readable = (BatchRecord.Readable) record;
        try {
            SyncResult result = target.syncMember().sync(actor, readable.command());
            return RecordResult.synced(readable.externalId(), result);
        } catch (DomainProblem problem) {
            return RecordResult.failed(readable.externalId(), RecordProblem.of(problem));
        }
    }

    /**
     * Ends the membership of the organisation's current members not listed in a full sync, also
     * of its members merged into another organisation's record.
     */
    List<RecordResult> deactivateUnlisted(boolean dryRun, String organisationId, Set<String> listed) {
        Target target = dryRun ? this.dryRun : real;
        List<RecordResult> results = new ArrayList<>();
        for (Expert member : target.experts().findCurrentMembers(organisationId)) {
            if (!listed.contains(member.member().externalId()) && member.endMembership()) {
                target.experts().save(member);
                results.add(RecordResult.deactivated(member.member().externalId(), member.id()));
            }
        }
        for (Expert kept : target.experts().findWithMergedMembersOf(organisationId)) {
            List<MemberReference> unlisted = kept.mergedMembers().stream()
                    .filter(merged -> merged.organisationId().equals(organisationId))
                    .filter(merged -> !listed.contains(merged.externalId()))
                    .toList();
            unlisted.forEach(kept::endMergedMembership);
            if (!unlisted.isEmpty()) {
                target.experts().save(kept);
                unlisted.forEach(merged -> results.add(RecordResult.deactivated(merged.externalId(), kept.id())));
            }
        }
        return results;
    }
}
