package fi.kokemus.registry.application.port.in;

/**
 * UPSERT: the batch adds and updates members. FULL: the batch is the organisation's whole member
 * list, so current members missing from it end their membership.
 */
public enum SyncMode { UPSERT, FULL }
