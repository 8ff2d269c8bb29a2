package fi.kokemus.platform.outbox;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param collections collections whose documents carry an outbox the relay must drain
 * @param batchSize   documents read per collection and poll
 */
@ConfigurationProperties("kokemus.outbox")
public record OutboxProperties(List<String> collections, Integer batchSize) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        batchSize = batchSize == null ? 100 : batchSize;
    }
}
