package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;

/**
 * An NGO partner syncs many members at once. Each record is synced as a single sync would do it;
 * a refused record does not stop the others, and the same batch again changes nothing.
 */
public interface SyncMemberBatchUseCase {

    /** At most this many records in one batch. */
    int MAX_RECORDS = 1000;

    BatchResult sync(Actor actor, MemberBatchCommand command);
}
