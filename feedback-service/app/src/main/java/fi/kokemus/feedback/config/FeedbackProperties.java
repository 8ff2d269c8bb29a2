package fi.kokemus.feedback.config;

import fi.kokemus.feedback.domain.AnswerSummary;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param linkValidity             how long personal links take answers after the session (default 30 days)
 * @param listenerLinkValidity     how long the audience link takes answers from the session's start (default 14 days)
 * @param linkSecret               key the link tokens are derived with; at least 32 characters, kept out of the database
 * @param publicLinkBase           public address under which links are handed out (the gateway's feedback paths)
 * @param publicBodyLimit          largest request body the public paths accept
 * @param publicAnswersPerMinute   answers one client address may send per minute
 * @param anonymityMinimum         fewest answers of the public (audience, clients) shown, and then only in aggregate (default 5)
 */
@ConfigurationProperties("kokemus.feedback")
public record FeedbackProperties(Duration linkValidity, Duration listenerLinkValidity, String linkSecret,
        String publicLinkBase, DataSize publicBodyLimit, Integer publicAnswersPerMinute,
        Integer anonymityMinimum) {

    public FeedbackProperties {
        linkValidity = linkValidity == null ? Duration.ofDays(30) : linkValidity;
        listenerLinkValidity = listenerLinkValidity == null ? Duration.ofDays(14) : listenerLinkValidity;
        publicLinkBase = publicLinkBase == null ? "http://localhost:8080/api/feedback/public/" : publicLinkBase;
        publicBodyLimit = publicBodyLimit == null ? DataSize.ofKilobytes(32) : publicBodyLimit;
        publicAnswersPerMinute = publicAnswersPerMinute == null ? 60 : publicAnswersPerMinute;
        anonymityMinimum = anonymityMinimum == null ? AnswerSummary.DEFAULT_MINIMUM : anonymityMinimum;
        if (anonymityMinimum < 2) {
            throw new IllegalArgumentException("kokemus.feedback.anonymity-minimum must be at least 2");
        }
        requirePositive(linkValidity, "link-validity");
        requirePositive(listenerLinkValidity, "listener-link-validity");
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("kokemus.feedback." + name + " must be positive");
        }
    }
}
