package fi.kokemus.registry.contract;

import fi.kokemus.platform.events.EventContract;
import java.util.List;

/**
 * Events the registry publishes about experts. Key: expert id. They never carry contact details
 * or diagnoses: consumers get only what a county may know to find and book an expert.
 */
public final class RegistryEvents {

    public static final String TOPIC = "registry.expert-events.v1";

    public static final EventContract<ExpertPublicProfile> EXPERT_REGISTERED =
            new EventContract<>(TOPIC, "registry.expert-registered", 1, ExpertPublicProfile.class);
    public static final EventContract<ExpertPublicProfile> PUBLIC_PROFILE_CHANGED =
            new EventContract<>(TOPIC, "registry.public-profile-changed", 1, ExpertPublicProfile.class);
    public static final EventContract<ExpertPublicProfile> AVAILABILITY_CHANGED =
            new EventContract<>(TOPIC, "registry.availability-changed", 1, ExpertPublicProfile.class);
    public static final EventContract<ExpertPublicProfile> CONTRACT_CHANGED =
            new EventContract<>(TOPIC, "registry.contract-changed", 1, ExpertPublicProfile.class);
    public static final EventContract<ExpertPublicProfile> CONSENT_CHANGED =
            new EventContract<>(TOPIC, "registry.consent-changed", 1, ExpertPublicProfile.class);
    /** Every event that carries a full {@link ExpertPublicProfile} snapshot. */
    public static final List<EventContract<ExpertPublicProfile>> PROFILE_SNAPSHOTS = List.of(EXPERT_REGISTERED,
            PUBLIC_PROFILE_CHANGED, AVAILABILITY_CHANGED, CONTRACT_CHANGED, CONSENT_CHANGED);
    public static final EventContract<ExpertErased> EXPERT_ERASED =
            new EventContract<>(TOPIC, "registry.expert-erased", 1, ExpertErased.class);

    private RegistryEvents() {
    }
}
