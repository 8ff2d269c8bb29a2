package fi.kokemus.ordering.domain;

/** Why a group ended before its last agreed session; either way the remaining sessions are not paid. */
public enum EarlyEndReason {
    COMPELLING,
    AGREED
}
