package fi.kokemus.registry.domain;

/** What a person can consent to; each is given and withdrawn on its own. */
public enum ConsentKind {
    /** Being listed in the registry at all: the basis for holding any of the person's data. */
    REGISTRY_LISTING,
    /** Being found and contacted by other wellbeing services counties than the home county. */
    DISCLOSURE_OUTSIDE_COUNTY,
    /** Appearing in photos, videos and social media of the tasks. */
    PHOTOS_AND_SOCIAL_MEDIA,
    /** Keeping diagnoses in the record so coordinators can search by them. */
    SENSITIVE_DATA
}
