package fi.kokemus.platform.outbox;

/**
 * An event waiting inside its aggregate's document to be relayed to Kafka.
 *
 * @param eventId the envelope id, used to remove the message once Kafka has acknowledged it
 * @param topic   destination topic
 * @param key     Kafka key: the aggregate id, so one aggregate's events stay in order
 * @param payload the serialised envelope
 */
public record OutboxMessage(String eventId, String topic, String key, String payload) {
}
