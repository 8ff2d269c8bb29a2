package fi.kokemus.ordering.domain;

/**
 * A kind of task a county orders.
 *
 * @param clientWork one-to-one work with a client: needs the client's recorded consent, and a
 *                   client may fail to turn up
 * @param groupWork  a group run as a series of sessions: a session may have no participants, and
 *                   the group may be ended early
 */
public record TaskType(String code, boolean clientWork, boolean groupWork) {
}
