package fi.kokemus.platform.events;

/**
 * One published event type: its topic, its type name and the schema version of its payload.
 * Each producing service lists its contracts in its {@code *-contract} module; consumers depend
 * on that module instead of copying event classes.
 */
public record EventContract<T>(String topic, String type, int schemaVersion, Class<T> dataType) {

    public EventContract {
        if (!topic.matches("[a-z]+\\.[a-z-]+\\.v\\d+")) {
            throw new IllegalArgumentException("topic must look like <service>.<name>.v<N>: " + topic);
        }
    }

    /** Dead-letter topic where consumers park messages of this topic they cannot process. */
    public String deadLetterTopic() {
        return deadLetterTopicOf(topic);
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + ".dlt";
    }
}
