package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.registry.application.port.in.BatchRecord;
import fi.kokemus.registry.application.port.in.BatchResult;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.testing.SeededTaxonomy;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryDuplicateCandidates;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import fi.kokemus.registry.testing.ProfileBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final InMemoryDuplicateCandidates candidates = new InMemoryDuplicateCandidates();
    private final SyncMemberBatchService service = new SyncMemberBatchService(experts, candidates,
            SeededTaxonomy.profileCheck(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final ProfileBuilder aino = aProfile().username(null).name("Aino", "Testinen")
            .contact("aino.testinen@example.org", "+358 40 000 0001");
    private final ProfileBuilder stranger = aProfile().username(null).name("Bertta", "Esimerkki")
            .municipality("217").contact("bertta@example.org", "+358 50 000 0002");

    @Test
    void theSamePersonFromAnotherOrganisationIsFlaggedNotMergedByEachReason() {
        ExpertId keski = sync(Actors.NGO_KESKI, "K-1", aino).expertId().orElseThrow();

        assertFlagged("I-1", aProfile().username(null).name("Aili", "Other").municipality("217")
                .contact("AINO.Testinen@example.org", null), keski, DuplicateReason.SAME_EMAIL);
        assertFlagged("I-2", aProfile().username(null).name("Aili", "Other").municipality("217")
                .contact(null, "040 000 0001"), keski, DuplicateReason.SAME_PHONE);
        assertFlagged("I-3", aProfile().username(null).name("aino", "testinen")
                .contact("other@example.org", null), keski, DuplicateReason.SAME_NAME_AND_MUNICIPALITY);
        assertThat(experts.findByMember(new MemberReference(Actors.NGO_KESKI, "K-1"))).isPresent();
    }

    @Test
    void aDifferentPersonIsNotFlagged() {
        sync(Actors.NGO_KESKI, "K-1", aino);

        RecordResult other = sync(Actors.NGO_ITA, "I-1", stranger);

        assertThat(other.possibleDuplicateOf()).isEmpty();
        assertThat(candidates.all()).isEmpty();
    }

    @Test
    void theSameMemberSyncedAgainIsNotItsOwnDuplicate() {
        sync(Actors.NGO_KESKI, "K-1", aino);

        RecordResult changed = sync(Actors.NGO_KESKI, "K-1", aino.topics("CHILD_PROTECTION"));

        assertThat(changed.outcome()).isEqualTo(RecordResult.Outcome.UPDATED);
        assertThat(changed.possibleDuplicateOf()).isEmpty();
        assertThat(candidates.all()).isEmpty();
    }

    @Test
    void aPairIsFlaggedOnceAndNotAgainOnceFoundToBeTwoPeople() {
        ExpertId keski = sync(Actors.NGO_KESKI, "K-1", aino).expertId().orElseThrow();
        ExpertId ita = sync(Actors.NGO_ITA, "I-1", aino).expertId().orElseThrow();
        sync(Actors.NGO_KESKI, "K-1", aino.topics("CHILD_PROTECTION"));
        assertThat(candidates.all()).hasSize(1);
        DuplicateCandidate candidate = candidates.all().get(0);
        candidates.save(candidate.resolve(DuplicateCandidate.Decision.NOT_SAME_PERSON, "twins", "coordinator", NOW));

        RecordResult again = sync(Actors.NGO_ITA, "I-1", aino.topics("CHILD_PROTECTION"));

        assertThat(again.possibleDuplicateOf()).isEmpty();
        assertThat(candidates.all()).singleElement().satisfies(stored -> {
            assertThat(stored.status()).isEqualTo(DuplicateCandidate.Status.DISMISSED);
            assertThat(List.of(stored.first(), stored.second())).containsExactlyInAnyOrder(keski, ita);
        });
    }

    @Test
    void aDryRunAnswersPossibleDuplicatesWithoutFlaggingThem() {
        ExpertId keski = sync(Actors.NGO_KESKI, "K-1", aino).expertId().orElseThrow();

        BatchResult result = service.sync(Actors.ngoIta(), new MemberBatchCommand(Actors.NGO_ITA, SyncMode.UPSERT,
                true, List.of(record(Actors.NGO_ITA, "I-1", aino))));

        assertThat(result.results().get(0).possibleDuplicateOf()).containsExactly(keski);
        assertThat(candidates.all()).isEmpty();
    }

    private void assertFlagged(String externalId, ProfileBuilder profile, ExpertId original, DuplicateReason reason) {
        RecordResult result = sync(Actors.NGO_ITA, externalId, profile);

        assertThat(result.outcome()).isEqualTo(RecordResult.Outcome.CREATED);
        assertThat(result.possibleDuplicateOf()).contains(original);
        DuplicateCandidate candidate = candidates
                .find(DuplicateCandidate.pairId(original, result.expertId().orElseThrow())).orElseThrow();
        assertThat(candidate.reasons()).containsExactly(reason);
        assertThat(candidate.status()).isEqualTo(DuplicateCandidate.Status.OPEN);
        assertThat(candidate.counties()).containsExactly(County.KESKI_POHJANMAA);
    }

    private RecordResult sync(String organisationId, String externalId, ProfileBuilder profile) {
        var actor = organisationId.equals(Actors.NGO_KESKI) ? Actors.ngoKeski() : Actors.ngoIta();
        return service.sync(actor, new MemberBatchCommand(organisationId, SyncMode.UPSERT, false,
                List.of(record(organisationId, externalId, profile)))).results().get(0);
    }

    private static BatchRecord record(String organisationId, String externalId, ProfileBuilder profile) {
        return new BatchRecord.Readable(new SyncMemberCommand(new MemberReference(organisationId, externalId),
                profile.build(), profile.consentDecisions()));
    }
}
