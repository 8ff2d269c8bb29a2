package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An expert in the registry, maintained by one background organisation, the expert themselves
 * and the coordinators of the counties they work for. Changes record the events they cause; the
 * repository stores state and events in one write.
 */
public final class Expert {

    private final ExpertId id;
    private final MemberReference member;
    private final long version;
    private ExpertState state;
    private boolean erased;
    private List<MemberReference> mergedMembers;
    private Optional<ExpertId> mergedInto = Optional.empty();
    private final List<ExpertEvent> pendingEvents = new ArrayList<>();

    private Expert(ExpertId id, MemberReference member, List<MemberReference> mergedMembers, ExpertState state,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.member = Objects.requireNonNull(member, "member");
        this.mergedMembers = sortedMembers(mergedMembers);
        this.state = Objects.requireNonNull(state, "state");
        this.version = version;
    }

    /** A member the NGO syncs for the first time: only with their consent to the registry listing. */
    public static Expert register(ExpertId id, MemberReference member, ExpertProfile profile, Consents consents) {
        requireListingConsent(consents);
        Expert expert = new Expert(id, member, List.of(), ExpertState.initial(profile, consents), 0);
        expert.pendingEvents.add(new ExpertEvent.Registered(expert.publicProfile()));
        return expert;
    }

    /** An expert as stored, at the given version. */
    public static Expert restore(ExpertId id, MemberReference member, ExpertState state, long version) {
        return restore(id, member, List.of(), state, version);
    }

    /**
     * An expert as stored who absorbed the records of other members found to be the same person.
     *
     * @param mergedMembers the member references of the records merged into this one
     */
    public static Expert restore(ExpertId id, MemberReference member, List<MemberReference> mergedMembers,
            ExpertState state, long version) {
        if (version < 1) {
            throw new IllegalArgumentException("a stored expert has a positive version");
        }
        return new Expert(id, member, mergedMembers, state, version);
    }

    /**
     * Takes over the NGO's current data for this member, who is a member again if they had left.
     * Preferences the expert maintains themselves are kept; each consent keeps its latest decision,
     * and a newer withdrawal of the registry listing erases the record.
     *
     * @return whether anything changed
     */
    public boolean sync(ExpertProfile current, Consents decisions) {
        requireNotErased();
        ExpertProfile incoming = state.preferencesOwnedByExpert()
                ? current.withPreferences(state.profile().preferences()) : current;
        Consents merged = state.consents().merge(decisions);
        if (!merged.granted(ConsentKind.REGISTRY_LISTING)) {
            return erase();
        }
        return change(ExpertEvent.ProfileChanged::new, new ExpertState(incoming, merged, state.availability(),
                state.contracts(), state.confidentialityCommitment(), state.mentor(), false,
                state.preferencesOwnedByExpert()));
    }

    /** The owning NGO no longer lists the person: kept, but nobody can book them. */
    public boolean endMembership() {
        requireNotErased();
        return change(ExpertEvent.ProfileChanged::new, state.withMembershipEnded(true));
    }

    /** The expert's own edit; from now on the NGO's sync keeps it. */
    public boolean editPreferences(Preferences preferences) {
        requireNotErased();
        return change(ExpertEvent.ProfileChanged::new,
                state.withProfile(state.profile().withPreferences(preferences)).withPreferencesOwnedByExpert());
    }

    /**
     * The person gives or withdraws one consent. Withdrawing the registry listing erases the
     * record; withdrawing consent to sensitive data removes the diagnoses. A decision older than
     * the one held changes nothing.
     */
    public boolean decideConsent(ConsentDecision decision) {
        requireNotErased();
        Consents merged = state.consents().merge(Consents.restore(List.of(decision)));
        if (!merged.granted(ConsentKind.REGISTRY_LISTING)) {
            return erase();
        }
        ExpertProfile profile = merged.granted(ConsentKind.SENSITIVE_DATA)
                ? state.profile() : state.profile().withoutDiagnoses();
        return change(ExpertEvent.ConsentChanged::new, state.withProfile(profile).withConsents(merged));
    }

    public boolean changeAvailability(Availability availability) {
        requireNotErased();
        return change(ExpertEvent.AvailabilityChanged::new, state.withAvailability(availability));
    }

    /** Records or replaces the county's contract with the expert. */
    public boolean recordContract(AssignmentContract contract) {
        requireNotErased();
        List<AssignmentContract> contracts = new ArrayList<>(state.contracts());
        contracts.removeIf(held -> held.county() == contract.county());
        contracts.add(contract);
        return change(ExpertEvent.ContractChanged::new, state.withContracts(contracts));
    }

    public boolean recordConfidentialityCommitment(LocalDate signedOn) {
        requireNotErased();
        return change(ExpertEvent.ProfileChanged::new, state.withConfidentialityCommitment(signedOn));
    }

    public boolean assignMentor(Optional<Mentorship> mentorship) {
        requireNotErased();
        mentorship.filter(assigned -> assigned.mentorId().equals(id)).ifPresent(self -> {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "an expert cannot mentor themselves", "mentorId");
        });
        return change(ExpertEvent.ProfileChanged::new, state.withMentor(mentorship));
    }

    /**
     * A coordinator found {@code retired} to be the same person: this record takes over its
     * memberships (the retired member's organisation becomes another organisation of the expert,
     * still maintained by this record's owning NGO). Nothing else is copied.
     *
     * @return whether anything changed; false when the memberships were taken over before
     */
    public boolean absorb(Expert retired) {
        requireNotErased();
        requireOtherRecord(retired.id);
        List<MemberReference> absorbed = new ArrayList<>(mergedMembers);
        absorbed.add(retired.member);
        absorbed.addAll(retired.mergedMembers);
        return changeMergedMembers(absorbed);
    }

    /** The other NGO no longer lists a member merged into this record: that organisation's membership ends. */
    public boolean endMergedMembership(MemberReference merged) {
        requireNotErased();
        List<MemberReference> remaining = new ArrayList<>(mergedMembers);
        remaining.remove(merged);
        return changeMergedMembers(remaining);
    }

    private boolean changeMergedMembers(List<MemberReference> next) {
        List<MemberReference> sorted = sortedMembers(next);
        if (sorted.equals(mergedMembers)) {
            return false;
        }
        announcingVisibleChange(ExpertEvent.ProfileChanged::new, () -> mergedMembers = sorted);
        return true;
    }

    private void requireOtherRecord(ExpertId other) {
        if (other.equals(id)) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "a record cannot be merged into itself", "keep");
        }
    }

    /**
     * This record was merged into {@code kept}: its personal data goes as in an erasure, the member
     * reference stays so the NGO's later syncs are answered, and the other services see the
     * record's last profile as no longer active.
     */
    public void retireInto(ExpertId kept) {
        requireNotErased();
        requireOtherRecord(kept);
        mergedInto = Optional.of(kept);
        pendingEvents.add(new ExpertEvent.ProfileChanged(publicProfile()));
    }

    /** The person's data is to be removed: the repository keeps only a tombstone. */
    public boolean erase() {
        requireNotErased();
        erased = true;
        pendingEvents.add(new ExpertEvent.Erased(id, state.profile().homeCounty()));
        return true;
    }

    /**
     * Moves to {@code next}; records the event {@code eventOf} makes when what staff can see
     * changed.
     */
    private boolean change(Function<PublicProfile, ExpertEvent> eventOf, ExpertState next) {
        if (next.equals(state)) {
            return false;
        }
        announcingVisibleChange(eventOf, () -> state = next);
        return true;
    }

    /** Applies {@code change}; records the event {@code eventOf} makes when what staff can see changed. */
    private void announcingVisibleChange(Function<PublicProfile, ExpertEvent> eventOf, Runnable change) {
        PublicProfile before = publicProfile();
        change.run();
        PublicProfile after = publicProfile();
        if (!after.equals(before)) {
            pendingEvents.add(eventOf.apply(after));
        }
    }

    public PublicProfile publicProfile() {
        ExpertProfile profile = state.profile();
        Preferences preferences = profile.preferences();
        Set<String> organisations = new TreeSet<>(profile.organisationsWith(member.organisationId()));
        mergedMembers.forEach(merged -> organisations.add(merged.organisationId()));
        return new PublicProfile(id, member.organisationId(), organisations,
                profile.username(), profile.displayName(), profile.homeCounty(), profile.municipality(),
                profile.roles(), profile.topics(), profile.lifeSituations(), preferences.languages(),
                preferences.taskTypes(), profile.feeWanted(), state.bookable() && mergedInto.isEmpty(),
                state.consents().granted(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY), state.availability().unavailable(),
                state.contracts());
    }

    private static void requireListingConsent(Consents consents) {
        if (!consents.granted(ConsentKind.REGISTRY_LISTING)) {
            throw DomainProblem.invalid("registry-consent-required",
                    "A member who has not consented to the registry listing (REGISTRY_LISTING) cannot be stored",
                    "consents");
        }
    }

    private static List<MemberReference> sortedMembers(List<MemberReference> members) {
        return members.stream().distinct()
                .sorted(Comparator.comparing(MemberReference::organisationId).thenComparing(MemberReference::externalId))
                .toList();
    }

    private void requireNotErased() {
        if (mergedInto.isPresent()) {
            throw DomainProblem.conflict("expert-merged", "The record was merged into " + mergedInto.get().value());
        }
        if (erased) {
            throw new DomainProblem(DomainProblem.Kind.GONE, "expert-erased", "The expert's data has been erased", null);
        }
    }

    public boolean isAccountOf(Username username) {
        return state.profile().username().filter(username::equals).isPresent();
    }

    public boolean isMaintainedBy(String organisationId) {
        return member.organisationId().equals(organisationId);
    }

    public boolean livesIn(County county) {
        return state.profile().homeCounty() == county;
    }

    /**
     * Staff of {@code county} may find the expert: the home county's, a county the expert has a
     * contract with, and any county when the expert consented to disclosure outside the home county.
     */
    public boolean visibleTo(County county) {
        return visibility().includes(county);
    }

    public CountyVisibility visibility() {
        Set<County> counties = EnumSet.of(state.profile().homeCounty());
        state.contracts().forEach(contract -> counties.add(contract.county()));
        return new CountyVisibility(counties, state.consents().granted(ConsentKind.DISCLOSURE_OUTSIDE_COUNTY));
    }

    public boolean isErased() {
        return erased;
    }

    /** Merged into another record by a coordinator: the repository keeps only the member reference. */
    public boolean isRetired() {
        return mergedInto.isPresent();
    }

    public Optional<ExpertId> mergedInto() {
        return mergedInto;
    }

    /** The members of other organisations whose records were merged into this one. */
    public List<MemberReference> mergedMembers() {
        return mergedMembers;
    }

    /** Not stored yet. */
    public boolean isNew() {
        return version == 0;
    }

    public ExpertId id() {
        return id;
    }

    public MemberReference member() {
        return member;
    }

    public ExpertState state() {
        return state;
    }

    public ExpertProfile profile() {
        return state.profile();
    }

    /** The stored version this state was read at; 0 before the first write. */
    public long version() {
        return version;
    }

    /** Events recorded since the expert was registered or restored, oldest first. */
    public List<ExpertEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
