package fi.kokemus.ordering.domain;

/** How the expert is found: through the county coordinator's queue, or named by the unit itself. */
public enum Route {
    COORDINATED,
    DIRECT
}
