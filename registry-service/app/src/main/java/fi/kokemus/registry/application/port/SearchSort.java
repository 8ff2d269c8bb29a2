package fi.kokemus.registry.application.port;

/** How search results are ordered. */
public enum SearchSort {
    /**
     * Best match first; among equally good matches the expert with fewer recent assignments, so
     * work spreads fairly; then by name.
     */
    RELEVANCE,
    /** By last name, first name. */
    NAME
}
