package fi.kokemus.ordering.domain;

/** Whom the expert's work is for. */
public enum Audience {
    PROFESSIONALS,
    STUDENTS,
    CLIENTS,
    PUBLIC
}
