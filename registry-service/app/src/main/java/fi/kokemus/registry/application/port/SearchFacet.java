package fi.kokemus.registry.application.port;

/** The values search results are counted by, so a searcher sees how a filter would narrow them. */
public enum SearchFacet {
    TOPICS("topics"),
    LIFE_SITUATIONS("lifeSituations"),
    ROLES("roles"),
    LANGUAGES("languages"),
    TASK_TYPES("taskTypes"),
    ORGANISATIONS("organisations"),
    MUNICIPALITIES("municipalities"),
    /** Sensitive: counted only for coordinators. */
    DIAGNOSES("diagnoses");

    private final String key;

    SearchFacet(String key) {
        this.key = key;
    }

    /** The facet's name in responses. */
    public String key() {
        return key;
    }
}
