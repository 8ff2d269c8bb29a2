package fi.kokemus.platform.kafka;

import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.InvalidEventException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A listener failure is retried a few times (a database hiccup passes); a message that still
 * fails, or can never be read, is parked on {@code <topic>.dlt} and the consumer carries on.
 */
public final class DeadLetters {

    private static final long RETRY_INTERVAL_MS = 500;
    private static final long RETRIES = 3;

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(EventContract.deadLetterTopicOf(record.topic()), -1));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(RETRY_INTERVAL_MS, RETRIES));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }
}
