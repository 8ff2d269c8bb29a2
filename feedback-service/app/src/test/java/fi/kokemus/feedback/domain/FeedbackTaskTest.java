package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.fakes.SampleWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackTaskTest {

    private static final Duration LISTENER_VALIDITY = Duration.ofDays(14);
    private static final Duration LINK_VALIDITY = Duration.ofDays(30);
    private static final Instant CONFIRMED_AT = SampleWork.STARTS_AT.minus(Duration.ofDays(7));
    private static final Instant REPORTED_AT = SampleWork.STARTS_AT.plus(Duration.ofDays(2));

    private final LinkKeys keys = SampleWork.linkKeys();
    private final TaskChange confirmed = FeedbackTask.confirmed(SampleWork.lecture("order-1", "a-1"), CONFIRMED_AT,
            LISTENER_VALIDITY, keys::issue);
    private final FeedbackTask lecture = confirmed.task();

    @Test
    void confirmationOpensTheAudienceLinkFromTheSessionsStart() {
        FeedbackRequest listener = lecture.request(Respondent.LISTENER).orElseThrow();

        assertThat(lecture.id()).isEqualTo(new TaskId("task-a-1--s-1"));
        assertThat(lecture.requests()).extracting(FeedbackRequest::respondent).containsExactly(Respondent.LISTENER);
        assertThat(listener.opensAt()).isEqualTo(SampleWork.STARTS_AT);
        assertThat(listener.expiresAt()).isEqualTo(SampleWork.STARTS_AT.plus(LISTENER_VALIDITY));
        assertThat(listener.state(CONFIRMED_AT)).isEqualTo(LinkState.NOT_YET_OPEN);
        assertThat(listener.state(SampleWork.STARTS_AT)).isEqualTo(LinkState.OPEN);
        assertThat(listener.state(SampleWork.STARTS_AT.plus(LISTENER_VALIDITY))).isEqualTo(LinkState.EXPIRED);
        assertThat(confirmed.opened()).map(RequestsOpened::respondents).contains(Set.of(Respondent.LISTENER));
    }

    @Test
    void oneToOneClientWorkHasNoAudienceLink() {
        TaskChange client = FeedbackTask.confirmed(SampleWork.work("order-1", "a-1", "s-1", true), CONFIRMED_AT,
                LISTENER_VALIDITY, keys::issue);

        assertThat(client.task().requests()).isEmpty();
        assertThat(client.opened()).isEmpty();
    }

    @Test
    void aHeldSessionOpensPersonalLinksOnceWithTheirOwnTokens() {
        TaskChange held = lecture.afterSession(SessionOutcomeKind.HELD, REPORTED_AT, LINK_VALIDITY, keys::issue);
        TaskChange again = held.task().afterSession(SessionOutcomeKind.HELD, REPORTED_AT, LINK_VALIDITY, keys::issue);

        assertThat(held.task().requests()).extracting(FeedbackRequest::respondent)
                .containsExactly(Respondent.LISTENER, Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
        assertThat(held.task().requests()).extracting(FeedbackRequest::tokenHash).doesNotHaveDuplicates();
        assertThat(held.task().request(Respondent.ORDERER).orElseThrow().expiresAt())
                .isEqualTo(REPORTED_AT.plus(LINK_VALIDITY));
        assertThat(held.opened()).map(RequestsOpened::respondents)
                .contains(Set.of(Respondent.ORDERER, Respondent.SELF_ASSESSMENT));
        assertThat(again.task()).isEqualTo(held.task());
        assertThat(again.opened()).isEmpty();
    }

    @Test
    void aPersonalLinkTakesOneAnswerAndIsThenUsed() {
        FeedbackTask held = lecture.afterSession(SessionOutcomeKind.HELD, REPORTED_AT, LINK_VALIDITY, keys::issue).task();
        TokenHash orderer = held.request(Respondent.ORDERER).orElseThrow().tokenHash();
        FeedbackTask answered = held.answer(orderer, answerAt(REPORTED_AT));

        assertThat(answered.request(Respondent.ORDERER).orElseThrow().state(REPORTED_AT)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> answered.answer(orderer, answerAt(REPORTED_AT.plusSeconds(1))))
                .isInstanceOfSatisfying(FeedbackLinkClosed.class,
                        closed -> assertThat(closed.code()).isEqualTo("feedback-link-used"));
    }

    @Test
    void theAudienceLinkTakesManyAnswersButNoneBeforeTheSession() {
        TokenHash listener = lecture.request(Respondent.LISTENER).orElseThrow().tokenHash();
        FeedbackTask twice = lecture.answer(listener, answerAt(SampleWork.STARTS_AT))
                .answer(listener, answerAt(SampleWork.STARTS_AT.plusSeconds(60)));

        assertThat(twice.request(Respondent.LISTENER).orElseThrow().answers()).hasSize(2);
        assertThatThrownBy(() -> lecture.answer(listener, answerAt(CONFIRMED_AT)))
                .isInstanceOfSatisfying(FeedbackLinkClosed.class,
                        closed -> assertThat(closed.code()).isEqualTo("feedback-link-not-yet-open"));
    }

    @Test
    void reschedulingMovesTheAudienceWindowWithTheSession() {
        Instant later = SampleWork.STARTS_AT.plus(Duration.ofDays(5));

        FeedbackTask moved = lecture.rescheduled(later);

        assertThat(moved.work().startsAt()).isEqualTo(later);
        FeedbackRequest listener = moved.request(Respondent.LISTENER).orElseThrow();
        assertThat(listener.opensAt()).isEqualTo(later);
        assertThat(listener.expiresAt()).isEqualTo(later.plus(LISTENER_VALIDITY));
        assertThat(listener.tokenHash()).isEqualTo(lecture.request(Respondent.LISTENER).orElseThrow().tokenHash());
    }

    @Test
    void cancellingClosesWhatCouldStillBeAnsweredAndKeepsGivenAnswers() {
        FeedbackTask held = lecture.afterSession(SessionOutcomeKind.HELD, REPORTED_AT, LINK_VALIDITY, keys::issue).task();
        FeedbackTask answered = held.answer(held.request(Respondent.ORDERER).orElseThrow().tokenHash(),
                answerAt(REPORTED_AT));

        FeedbackTask cancelled = answered.cancelled();

        assertThat(cancelled.request(Respondent.LISTENER).orElseThrow().state(REPORTED_AT)).isEqualTo(LinkState.CLOSED);
        assertThat(cancelled.request(Respondent.SELF_ASSESSMENT).orElseThrow().state(REPORTED_AT))
                .isEqualTo(LinkState.CLOSED);
        assertThat(cancelled.request(Respondent.ORDERER).orElseThrow().state(REPORTED_AT)).isEqualTo(LinkState.USED);
        assertThat(cancelled.request(Respondent.ORDERER).orElseThrow().answers()).hasSize(1);
        assertThat(cancelled.cancelled()).isEqualTo(cancelled);
    }

    @Test
    void anUnknownTokenIsNotFound() {
        assertThatThrownBy(() -> lecture.answer(new TokenHash("nothing"), answerAt(SampleWork.STARTS_AT)))
                .hasMessageContaining("No such feedback link");
        assertThat(lecture.requestWithToken(new TokenHash("nothing"))).isEqualTo(Optional.empty());
    }

    private static FeedbackAnswer answerAt(Instant at) {
        return new FeedbackAnswer("listener", 1, Map.of("overall", 4), Map.of(), at);
    }
}
