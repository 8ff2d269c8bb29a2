package fi.kokemus.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An expert in the registry, maintained by one background organisation. Changes record the
 * events they cause; the repository stores state and events in one write.
 */
public final class Expert {

    private final ExpertId id;
    private final MemberReference member;
    private final long version;
    private ExpertProfile profile;
    private final List<ExpertEvent> pendingEvents = new ArrayList<>();

    private Expert(ExpertId id, MemberReference member, ExpertProfile profile, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.member = Objects.requireNonNull(member, "member");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.version = version;
    }

    /** A member the NGO syncs for the first time. */
    public static Expert register(ExpertId id, MemberReference member, ExpertProfile profile) {
        Expert expert = new Expert(id, member, profile, 0);
        expert.pendingEvents.add(new ExpertRegistered(expert.publicProfile()));
        return expert;
    }

    /** An expert as stored, at the given version. */
    public static Expert restore(ExpertId id, MemberReference member, ExpertProfile profile, long version) {
        if (version < 1) {
            throw new IllegalArgumentException("a stored expert has a positive version");
        }
        return new Expert(id, member, profile, version);
    }

    /**
     * Takes over the NGO's current data for this member. Identical data changes nothing; a change
     * visible to staff records a {@link PublicProfileChanged}.
     *
     * @return whether anything changed
     */
    public boolean sync(ExpertProfile current) {
        Objects.requireNonNull(current, "current");
        if (current.equals(profile)) {
            return false;
        }
        PublicProfile before = publicProfile();
        profile = current;
        PublicProfile after = publicProfile();
        if (!after.equals(before)) {
            pendingEvents.add(new PublicProfileChanged(after));
        }
        return true;
    }

    public PublicProfile publicProfile() {
        return new PublicProfile(id, member.organisationId(), profile.username(), profile.displayName(),
                profile.homeCounty(), profile.municipality(), profile.roles(), profile.topics(),
                profile.languages(), profile.taskTypes(), profile.feeWanted(), profile.active());
    }

    public boolean isAccountOf(Username username) {
        return profile.username().filter(username::equals).isPresent();
    }

    public boolean isMaintainedBy(String organisationId) {
        return member.organisationId().equals(organisationId);
    }

    public boolean livesIn(County county) {
        return profile.homeCounty() == county;
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

    public ExpertProfile profile() {
        return profile;
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
