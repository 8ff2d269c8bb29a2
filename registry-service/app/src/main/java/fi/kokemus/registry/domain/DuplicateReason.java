package fi.kokemus.registry.domain;

/** Why two records may be the same person; each reason is one kind of {@link MatchKeys match key}. */
public enum DuplicateReason {
    SAME_EMAIL("email:"),
    SAME_PHONE("phone:"),
    SAME_NAME_AND_MUNICIPALITY("name:");

    private final String keyPrefix;

    DuplicateReason(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    String key(String normalised) {
        return keyPrefix + normalised;
    }

    static DuplicateReason ofKey(String key) {
        for (DuplicateReason reason : values()) {
            if (key.startsWith(reason.keyPrefix)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("not a match key: " + key);
    }
}
