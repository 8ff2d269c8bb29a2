package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.fakes.SampleWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static final Instant REPORTED_AT = SampleWork.STARTS_AT.plus(Duration.ofHours(3));
    private static final ReminderPolicy POLICY = new ReminderPolicy(Duration.ofDays(3), Duration.ofDays(7), 2);

    private final LinkKeys keys = SampleWork.linkKeys();
    private final FeedbackTask task = FeedbackTask.confirmed(SampleWork.lecture("order-1", "a-1"), REPORTED_AT,
                    Duration.ofDays(14), keys::issue).task()
            .afterSession(SessionOutcomeKind.HELD, REPORTED_AT, Duration.ofDays(30), keys::issue).task();
    private final FeedbackRequest orderer = task.request(Respondent.ORDERER).orElseThrow();

    @Test
    void firstReminderComesAfterTheDelayAndTheNextAfterTheInterval() {
        assertThat(POLICY.due(orderer, 0, at(Duration.ofDays(3).minusSeconds(1)))).isEmpty();
        assertThat(POLICY.due(orderer, 0, at(Duration.ofDays(3)))).contains(1);
        assertThat(POLICY.due(orderer, 1, at(Duration.ofDays(9)))).isEmpty();
        assertThat(POLICY.due(orderer, 1, at(Duration.ofDays(10)))).contains(2);
    }

    @Test
    void aLateRunSendsOnlyTheLatestReminderDueAndNeverMoreThanTheMaximum() {
        assertThat(POLICY.due(orderer, 0, at(Duration.ofDays(11)))).contains(2);
        assertThat(POLICY.due(orderer, 2, at(Duration.ofDays(24)))).isEmpty();
        assertThat(new ReminderPolicy(Duration.ofDays(3), Duration.ofDays(7), 0).due(orderer, 0, at(Duration.ofDays(5))))
                .isEmpty();
    }

    @Test
    void noReminderOnceTheLinkTakesNoAnswers() {
        FeedbackRequest answered = orderer.withAnswer(new FeedbackAnswer("orderer", 1, Map.of("overall", 5), Map.of(),
                at(Duration.ofDays(1))));
        ReminderPolicy daily = new ReminderPolicy(Duration.ofDays(1), Duration.ofDays(1), 100);

        assertThat(POLICY.due(answered, 0, at(Duration.ofDays(4)))).isEmpty();
        assertThat(POLICY.due(orderer.close(), 0, at(Duration.ofDays(4)))).isEmpty();
        assertThat(daily.due(orderer, 0, orderer.expiresAt().minusSeconds(1))).contains(29);
        assertThat(daily.due(orderer, 0, orderer.expiresAt())).isEmpty();
    }

    @Test
    void onlyTheOrdererAndTheExpertAreReminded() {
        assertThat(POLICY.due(task.request(Respondent.SELF_ASSESSMENT).orElseThrow(), 0, at(Duration.ofDays(3))))
                .contains(1);
        assertThat(POLICY.due(task.request(Respondent.LISTENER).orElseThrow(), 0, at(Duration.ofDays(3)))).isEmpty();
    }

    private static Instant at(Duration afterReport) {
        return REPORTED_AT.plus(afterReport);
    }
}
