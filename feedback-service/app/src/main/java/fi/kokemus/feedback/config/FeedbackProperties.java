package fi.kokemus.feedback.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param linkValidity     how long feedback links take answers, counted from the task (default 30 days)
 * @param publicLinkBase   public address under which links are handed out (the gateway's feedback paths)
 * @param publicBodyLimit  largest request body the public paths accept
 */
@ConfigurationProperties("kokemus.feedback")
public record FeedbackProperties(Duration linkValidity, String publicLinkBase, DataSize publicBodyLimit) {

    public FeedbackProperties {
        linkValidity = linkValidity == null ? Duration.ofDays(30) : linkValidity;
        publicLinkBase = publicLinkBase == null ? "http://localhost:8080/api/feedback/public/" : publicLinkBase;
        publicBodyLimit = publicBodyLimit == null ? DataSize.ofKilobytes(8) : publicBodyLimit;
        if (linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("kokemus.feedback.link-validity must be positive");
        }
    }
}
