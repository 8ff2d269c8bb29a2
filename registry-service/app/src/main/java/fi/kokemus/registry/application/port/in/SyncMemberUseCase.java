package fi.kokemus.registry.application.port.in;

import fi.kokemus.platform.actor.Actor;

/**
 * An NGO partner upserts one of its members by (organisation, member id). Syncing identical data
 * again changes nothing and emits nothing.
 */
public interface SyncMemberUseCase {

    SyncResult sync(Actor actor, SyncMemberCommand command);
}
