package fi.kokemus.registry.contract;

import fi.kokemus.platform.events.EventContract;

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
    public static final EventContract<ExpertErased> EXPERT_ERASED =
            new EventContract<>(TOPIC, "registry.expert-erased", 1, ExpertErased.class);

    private RegistryEvents() {
    }
}
