package fi.kokemus.ordering.domain;

/** How wide an event the work is done at (national lectures are paid more in some counties). */
public enum EventScope {
    LOCAL,
    REGIONAL,
    NATIONAL
}
