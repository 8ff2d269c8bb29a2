package fi.kokemus.registry.application.port.in;

/** What a sync did with the member, and the record as it now stands. */
public record SyncResult(Outcome outcome, ExpertView.Full expert) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
