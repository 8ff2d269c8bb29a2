package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordProblem;
import fi.kokemus.registry.application.port.in.RecordResult.Outcome;
import fi.kokemus.registry.application.port.in.SyncJob;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.SeededTaxonomy;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.InMemorySyncJobs;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyncJobServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final InMemorySyncJobs jobs = new InMemorySyncJobs();
    private final SyncMemberBatchService batch =
            new SyncMemberBatchService(experts, new InMemoryDuplicateCandidates(), SeededTaxonomy.profileCheck(), CLOCK);
    private final List<Runnable> pending = new ArrayList<>();
    /** Runs a job only when the test says so, as the background thread would later. */
    private final SyncJobService service = new SyncJobService(batch, jobs, pending::add, CLOCK);

    @Test
    void aLargeBatchRunsChunkByChunkToDoneAndTheSameBatchAgainChangesNothing() {
        List<BatchRecord> members = members(1200);

        SyncJob queued = service.submit(Actors.ngoKeski(), command(SyncMode.UPSERT, members));

        assertThat(queued.status()).isEqualTo(SyncJob.Status.QUEUED);
        assertThat(jobs.chunkCount(queued.id())).isEqualTo(3);
        runPending();
        SyncJob done = service.view(Actors.ngoKeski(), queued.id());
        assertThat(done.status()).isEqualTo(SyncJob.Status.DONE);
        assertThat(done.processed()).isEqualTo(1200);
        assertThat(done.counts()).containsEntry(Outcome.CREATED, 1200);
        assertThat(experts.savedEvents()).hasSize(1200);
        assertThat(jobs.chunkCount(queued.id())).as("records forgotten once done").isZero();

        SyncJob again = service.submit(Actors.ngoKeski(), command(SyncMode.UPSERT, members));
        runPending();

        assertThat(service.view(Actors.ngoKeski(), again.id()).counts()).containsEntry(Outcome.UNCHANGED, 1200);
        assertThat(experts.savedEvents()).hasSize(1200);
    }

    @Test
    void anInterruptedJobResumesFromItsFirstUnfinishedChunk() {
        SyncJob queued = service.submit(Actors.ngoKeski(), command(SyncMode.FULL, members(1100)));
        pending.clear();
        SyncJob firstChunkCommitted = jobs.find(queued.id()).orElseThrow().running()
                .afterChunk(500, batch.syncRecords(Actors.ngoKeski(), false, jobs.chunk(queued.id(), 0)));
        jobs.update(firstChunkCommitted);

        service.resumeUnfinished();
        runPending();

        SyncJob done = service.view(Actors.admin(), queued.id());
        assertThat(done.status()).isEqualTo(SyncJob.Status.DONE);
        assertThat(done.processed()).isEqualTo(1100);
        assertThat(done.counts()).containsEntry(Outcome.CREATED, 1100).containsEntry(Outcome.DEACTIVATED, 0);
        assertThat(experts.savedEvents()).hasSize(1100);
    }

    @Test
    void failuresAreCountedAndTheFirstHundredKept() {
        List<BatchRecord> members = new ArrayList<>(members(10));
        IntStream.range(0, 150).forEach(index -> members.add(new BatchRecord.Unreadable("BAD-" + index,
                new RecordProblem("invalid-input", "firstName: must not be blank", "firstName"))));

        SyncJob queued = service.submit(Actors.ngoKeski(), command(SyncMode.UPSERT, members));
        runPending();

        SyncJob done = service.view(Actors.ngoKeski(), queued.id());
        assertThat(done.counts()).containsEntry(Outcome.FAILED, 150).containsEntry(Outcome.CREATED, 10);
        assertThat(done.failures()).hasSize(SyncJob.MAX_FAILURES_KEPT);
        assertThat(done.failures().get(0).externalId()).isEqualTo("BAD-0");
    }

    @Test
    void aFullSyncJobDeactivatesMembersMissingFromTheWholeBatch() {
        service.submit(Actors.ngoKeski(), command(SyncMode.UPSERT, members(3)));
        runPending();

        SyncJob full = service.submit(Actors.ngoKeski(), command(SyncMode.FULL, members(2)));
        runPending();

        assertThat(service.view(Actors.ngoKeski(), full.id()).counts()).containsEntry(Outcome.DEACTIVATED, 1)
                .containsEntry(Outcome.UNCHANGED, 2);
        assertThat(experts.findByMember(new MemberReference(Actors.NGO_KESKI, "SYN-2")).orElseThrow()
                .state().membershipEnded()).isTrue();
    }

    @Test
    void onlyTheOrganisationsPartnerOrAnAdminSubmitsOrFollowsAJob() {
        assertThatThrownBy(() -> service.submit(Actors.ngoIta(), command(SyncMode.UPSERT, members(1))))
                .isInstanceOf(DomainProblem.class);
        SyncJob job = service.submit(Actors.ngoKeski(), command(SyncMode.UPSERT, members(1)));

        assertThatThrownBy(() -> service.view(Actors.ngoIta(), job.id()))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("other-organisation"));
        assertThatThrownBy(() -> service.view(Actors.ngoKeski(), "no-such-job"))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("sync-job-not-found"));
    }

    private void runPending() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
    }

    private static MemberBatchCommand command(SyncMode mode, List<BatchRecord> records) {
        return new MemberBatchCommand(Actors.NGO_KESKI, mode, false, records);
    }

    /** Distinct synthetic people, so none is a possible duplicate of another. */
    private static List<BatchRecord> members(int count) {
        return IntStream.range(0, count).mapToObj(index -> {
            ProfileBuilder profile = aProfile().username(null)
                    .name("Testi", "Henkilo" + (char) ('a' + index / 676) + (char) ('a' + index / 26 % 26)
                            + (char) ('a' + index % 26))
                    .contact("synthetic." + index + "@example.org", null);
            return (BatchRecord) new BatchRecord.Readable(new SyncMemberCommand(
                    new MemberReference(Actors.NGO_KESKI, "SYN-" + index), profile.build(), profile.consentDecisions()));
        }).toList();
    }
}
