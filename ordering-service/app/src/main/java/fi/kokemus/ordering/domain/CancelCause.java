package fi.kokemus.ordering.domain;

/** Why an expert withdrew from an accepted assignment (illness earns no fee). */
public enum CancelCause {
    ILLNESS,
    OTHER
}
