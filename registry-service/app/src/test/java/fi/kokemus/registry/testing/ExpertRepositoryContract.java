package fi.kokemus.registry.testing;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.Consents;
import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MatchKeys;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.Mentorship;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.PersonName;
import fi.kokemus.registry.domain.Preferences;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.Training;
import fi.kokemus.registry.domain.TrainingType;
import fi.kokemus.registry.domain.Username;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link ExpertRepository} adapter must do; run against each of them. */
public abstract class ExpertRepositoryContract {

    protected abstract ExpertRepository repository();

    @Test
    void findsAStoredExpertByIdMemberAndUsernameAtVersionOne() {
        Expert expert = registered("m-1", aProfile().username("aino.t").build());
        repository().save(expert);

        Expert byId = repository().findById(expert.id()).orElseThrow();
        assertThat(byId.profile()).isEqualTo(expert.profile());
        assertThat(byId.member()).isEqualTo(expert.member());
        assertThat(byId.version()).isEqualTo(1);
        assertThat(repository().findByMember(expert.member()).map(Expert::id)).contains(expert.id());
        assertThat(repository().findByUsername(new Username("aino.t")).map(Expert::id)).contains(expert.id());
        assertThat(repository().findById(ExpertId.random())).isEmpty();
    }

    @Test
    void anUpdateReplacesTheProfileAndBumpsTheVersion() {
        Expert expert = registered("m-2", aProfile().username("aino.t2").build());
        repository().save(expert);
        Expert loaded = repository().findById(expert.id()).orElseThrow();
        ExpertProfile changed = aProfile().username(null).topics("CHILD_PROTECTION").contact(null, "040 000 0002").build();

        loaded.sync(changed, Consents.none());
        repository().save(loaded);

        Expert reloaded = repository().findById(expert.id()).orElseThrow();
        assertThat(reloaded.profile()).isEqualTo(changed);
        assertThat(reloaded.version()).isEqualTo(2);
        assertThat(repository().findByUsername(new Username("aino.t2"))).isEmpty();
    }

    @Test
    void aWriteBasedOnAStaleVersionIsAConflictAndChangesNothing() {
        Expert expert = registered("m-3", aProfile().username(null).build());
        repository().save(expert);
        Expert first = repository().findById(expert.id()).orElseThrow();
        Expert second = repository().findById(expert.id()).orElseThrow();
        first.sync(aProfile().username(null).topics("OLDER_PEOPLE").build(), Consents.none());
        second.sync(aProfile().username(null).topics("VIOLENCE").build(), Consents.none());

        repository().save(first);

        assertThatThrownBy(() -> repository().save(second))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.code()).isEqualTo("concurrent-update");
                });
        Expert stored = repository().findById(expert.id()).orElseThrow();
        assertThat(stored.profile().topics()).containsExactly(new TopicCode("OLDER_PEOPLE"));
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void aSecondRecordForTheSameMemberIsRefused() {
        repository().save(registered("m-4", aProfile().username(null).build()));

        assertThatThrownBy(() -> repository().save(registered("m-4", aProfile().username(null).build())))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
    }

    @Test
    void aUsernameBelongsToOneRecordButManyRecordsMayHaveNone() {
        repository().save(registered("m-5", aProfile().username(null).build()));
        repository().save(registered("m-6", aProfile().username(null).build()));
        repository().save(registered("m-7", aProfile().username("taken.name").build()));
        Expert other = repository().findByMember(new MemberReference(Actors.NGO_KESKI, "m-5")).orElseThrow();
        other.sync(aProfile().username("taken.name").build(), Consents.none());

        assertThatThrownBy(() -> repository().save(other))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT));
        assertThatThrownBy(() -> repository().save(registered("m-8", aProfile().username("taken.name").build())))
                .isInstanceOf(DomainProblem.class);
    }

    @Test
    void everyPartOfTheRecordSurvivesTheRoundTrip() {
        LocalDate day = LocalDate.parse("2026-03-01");
        ExpertProfile profile = new ExpertProfile(Optional.of(new Username("round.trip")),
                new PersonName("Aino", "Testinen"), County.KESKI_POHJANMAA, new MunicipalityCode("272"),
                Set.of(ExpertRole.EXPERT_BY_EXPERIENCE, ExpertRole.EXPERIENCE_TRAINER), Set.of("ngo-ita"),
                List.of(new Training(TrainingType.BASIC, 45, "Kokemus ry", day, Optional.empty()),
                        new Training(TrainingType.DEVELOPER_INFLUENCER, 20, "Kokemus ry", day, Optional.of(day.plusYears(3)))),
                Set.of(new TopicCode("MENTAL_HEALTH")), Set.of(new TopicCode("UNEMPLOYMENT")),
                Set.of(new DiagnosisCode("F30_F39")), true,
                new Preferences(ContactDetails.of("aino@example.org", null), Set.of(new LanguageCode("fi")),
                        Set.of(new TaskTypeCode("LECTURE_REGIONAL")), Optional.of("No evening tasks\nplease")));
        Consents consents = Consents.restore(List.of(
                ConsentDecision.given(ConsentKind.REGISTRY_LISTING, ProfileBuilder.CONSENT_GIVEN_AT, "v1"),
                ConsentDecision.given(ConsentKind.SENSITIVE_DATA, ProfileBuilder.CONSENT_GIVEN_AT, "v1"),
                ConsentDecision.withdrawn(ConsentKind.PHOTOS_AND_SOCIAL_MEDIA, ProfileBuilder.CONSENT_GIVEN_AT, "v1")));
        Expert expert = Expert.register(ExpertId.random(), new MemberReference(Actors.NGO_KESKI, "rt-1"), profile,
                consents);
        expert.changeAvailability(new Availability(true, Optional.of("family matters"),
                List.of(new DatePeriod(day, day.plusDays(3)))));
        expert.recordContract(new AssignmentContract(County.ITA_UUSIMAA, day, Optional.of(day.plusYears(1))));
        expert.recordConfidentialityCommitment(day);
        expert.assignMentor(Optional.of(new Mentorship(ExpertId.random(), new DatePeriod(day, day.plusMonths(6)))));
        expert.editPreferences(profile.preferences());
        repository().save(expert);

        assertThat(repository().findById(expert.id()).orElseThrow().state()).isEqualTo(expert.state());
    }

    @Test
    void anErasedExpertIsGoneAndItsMemberIsRememberedOnlyAsErased() {
        Expert expert = registered("e-1", aProfile().username("to.be.erased").build());
        repository().save(expert);
        Expert loaded = repository().findById(expert.id()).orElseThrow();

        loaded.erase();
        repository().save(loaded);

        assertThat(repository().findById(expert.id())).isEmpty();
        assertThat(repository().findByMember(expert.member())).isEmpty();
        assertThat(repository().findByUsername(new Username("to.be.erased"))).isEmpty();
        assertThat(repository().findErasure(expert.member())).isPresent();
        assertThat(repository().findErasure(new MemberReference(Actors.NGO_KESKI, "e-2"))).isEmpty();
        repository().save(registered("e-3", aProfile().username("to.be.erased").build()));
    }

    @Test
    void aMemberErasedTwiceIsRememberedByTheLaterErasure() {
        Expert first = registered("e-9", aProfile().username(null).build());
        repository().save(first);
        Expert loaded = repository().findById(first.id()).orElseThrow();
        loaded.erase();
        repository().save(loaded);
        Expert returned = registered("e-9", aProfile().username(null).build());
        repository().save(returned);
        Expert again = repository().findById(returned.id()).orElseThrow();

        again.erase();
        repository().save(again);

        assertThat(repository().findErasure(first.member())).isPresent();
        assertThat(repository().findByMember(first.member())).isEmpty();
    }

    @Test
    void anExpertWhoseContactChangedIsNoLongerFoundByTheOldKey() {
        Expert expert = registered("mk-9", aProfile().username(null).contact("old@example.org", null).build());
        repository().save(expert);
        Expert loaded = repository().findById(expert.id()).orElseThrow();
        loaded.sync(aProfile().username(null).contact("new@example.org", null).build(), Consents.none());
        repository().save(loaded);

        assertThat(repository().findByMatchKeys(MatchKeys.of(aProfile().contact("old@example.org", null)
                .name("Someone", "Else").build()))).isEmpty();
        assertThat(repository().findByMatchKeys(MatchKeys.of(aProfile().contact("new@example.org", null)
                .name("Someone", "Else").build()))).extracting(Expert::id).containsExactly(expert.id());
    }

    @Test
    void currentMembersAreTheOrganisationsMembersWhoseMembershipHasNotEndedNorBeenErased() {
        Expert current = registered("cm-1", aProfile().username(null).build());
        Expert leaving = registered("cm-2", aProfile().username(null).build());
        Expert erased = registered("cm-3", aProfile().username(null).build());
        Expert elsewhere = aProfile().username(null).register(new MemberReference(Actors.NGO_ITA, "cm-4"));
        List.of(current, leaving, erased, elsewhere).forEach(repository()::save);
        Expert left = repository().findById(leaving.id()).orElseThrow();
        left.endMembership();
        repository().save(left);
        Expert gone = repository().findById(erased.id()).orElseThrow();
        gone.erase();
        repository().save(gone);

        assertThat(repository().findCurrentMembers(Actors.NGO_KESKI)).extracting(Expert::id)
                .containsExactly(current.id());
    }

    @Test
    void findsExpertsSharingAnyMatchKeyButNotErasedOnes() {
        Expert byEmail = registered("mk-1",
                aProfile().username(null).name("Eeva", "Yksi").contact("same@example.org", null).build());
        Expert byName = registered("mk-2",
                aProfile().username(null).name("Aino", "Testinen").contact("x@example.org", null).build());
        Expert unrelated = registered("mk-3",
                aProfile().username(null).name("Eeva", "Kolme").contact("y@example.org", null).build());
        Expert erased = registered("mk-4",
                aProfile().username(null).name("Eeva", "Nelja").contact("same@example.org", null).build());
        List.of(byEmail, byName, unrelated, erased).forEach(repository()::save);
        Expert gone = repository().findById(erased.id()).orElseThrow();
        gone.erase();
        repository().save(gone);

        Set<String> keys = MatchKeys.of(aProfile().contact("same@example.org", null).build());

        assertThat(repository().findByMatchKeys(keys)).extracting(Expert::id)
                .containsExactlyInAnyOrder(byEmail.id(), byName.id());
    }

    @Test
    void aRetiredRecordIsGoneButItsMemberAnswersWithTheRecordKept() {
        Expert kept = registered("mg-1", aProfile().username(null).build());
        Expert retiring = aProfile().username("retired.account").contact("retired@example.org", null)
                .register(new MemberReference(Actors.NGO_ITA, "mg-2"));

        merge(kept, retiring);

        assertThat(repository().findById(retiring.id())).isEmpty();
        assertThat(repository().findByMember(retiring.member())).isEmpty();
        assertThat(repository().findByUsername(new Username("retired.account"))).isEmpty();
        assertThat(repository().findCurrentMembers(Actors.NGO_ITA)).isEmpty();
        assertThat(repository().findByMatchKeys(MatchKeys.of(retiring.profile()))).extracting(Expert::id)
                .doesNotContain(retiring.id());
        assertThat(repository().findMergedInto(retiring.id())).contains(kept.id());
        assertThat(repository().findMergedInto(retiring.member())).contains(kept.id());
        assertThat(repository().findMergedInto(kept.id())).isEmpty();
        assertThat(repository().findMergedInto(kept.member())).isEmpty();
        assertThat(repository().findErasure(retiring.member())).isEmpty();
        assertThatThrownBy(() -> repository().save(Expert.register(ExpertId.random(), retiring.member(),
                aProfile().username(null).build(), aProfile().consentsAsGiven())))
                .isInstanceOf(DomainProblem.class);
    }

    @Test
    void theKeptRecordKeepsItsMergedMembersAndIsFoundByTheirOrganisation() {
        Expert kept = registered("mg-3", aProfile().username(null).build());
        Expert other = aProfile().username(null).register(new MemberReference(Actors.NGO_ITA, "mg-4"));
        List.of(kept, other).forEach(repository()::save);
        Expert keeping = repository().findById(kept.id()).orElseThrow();
        keeping.absorb(repository().findById(other.id()).orElseThrow());

        repository().save(keeping);

        Expert loaded = repository().findById(kept.id()).orElseThrow();
        assertThat(loaded.mergedMembers()).containsExactly(other.member());
        assertThat(loaded.publicProfile()).isEqualTo(keeping.publicProfile());
        assertThat(repository().findWithMergedMembersOf(Actors.NGO_ITA)).extracting(Expert::id)
                .containsExactly(kept.id());
        assertThat(repository().findWithMergedMembersOf(Actors.NGO_KESKI)).isEmpty();
    }

    @Test
    void erasingTheKeptRecordErasesTheMembersMergedIntoIt() {
        Expert kept = registered("mg-5", aProfile().username(null).build());
        Expert retiring = aProfile().username(null).register(new MemberReference(Actors.NGO_ITA, "mg-6"));
        merge(kept, retiring);
        Expert erasing = repository().findById(kept.id()).orElseThrow();

        erasing.erase();
        repository().save(erasing);

        assertThat(repository().findMergedInto(retiring.member())).isEmpty();
        assertThat(repository().findMergedInto(retiring.id())).isEmpty();
        assertThat(repository().findErasure(retiring.member())).isPresent();
        assertThat(repository().findErasure(kept.member())).isPresent();
    }

    /** Stores both, then merges {@code retiring} into {@code kept} as the merge use case writes it. */
    private void merge(Expert kept, Expert retiring) {
        List.of(kept, retiring).forEach(repository()::save);
        Expert keeping = repository().findById(kept.id()).orElseThrow();
        Expert retired = repository().findById(retiring.id()).orElseThrow();
        keeping.absorb(retired);
        repository().save(keeping);
        retired.retireInto(kept.id());
        repository().save(retired);
    }

    protected static Expert registered(String externalId, ExpertProfile profile) {
        return Expert.register(ExpertId.random(), new MemberReference(Actors.NGO_KESKI, externalId), profile,
                aProfile().consentsAsGiven());
    }
}
