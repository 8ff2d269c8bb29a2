package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.fakes.SampleWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedbackTaskTest {

    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final Instant APPROVED_AT = SampleWork.STARTS_AT.plus(Duration.ofDays(2));

    private final Deque<LinkToken> tokens = new ArrayDeque<>();
    private final FeedbackTask lecture = FeedbackTask.open(SampleWork.lecture("order-1", "a-1"), APPROVED_AT,
            THIRTY_DAYS, this::nextToken);

    @Test
    void opensOneRequestPerRespondentWithItsOwnToken() {
        assertThat(lecture.id()).isEqualTo(new TaskId("task-a-1"));
        assertThat(lecture.requests()).extracting(FeedbackRequest::respondent)
                .containsExactly(Respondent.LISTENER, Respondent.ORDERER, Respondent.SELF_ASSESSMENT);
        assertThat(lecture.requests()).extracting(FeedbackRequest::token).doesNotHaveDuplicates().containsAll(tokens);
        assertThat(lecture.requests()).allSatisfy(request -> assertThat(request.answers()).isEmpty());
    }

    @Test
    void linksStayValidTheConfiguredTimeFromTheirOpeningAfterTheTask() {
        assertThat(lecture.requests()).extracting(FeedbackRequest::expiresAt).containsOnly(APPROVED_AT.plus(THIRTY_DAYS));
    }

    @Test
    void linksOpenedBeforeTheTaskStayValidTheConfiguredTimeFromTheTask() {
        Instant openedEarly = SampleWork.STARTS_AT.minus(Duration.ofDays(3));
        FeedbackTask early = FeedbackTask.open(SampleWork.lecture("order-1", "a-2"), openedEarly, THIRTY_DAYS,
                this::nextToken);

        assertThat(early.requests()).extracting(FeedbackRequest::expiresAt)
                .containsOnly(SampleWork.STARTS_AT.plus(THIRTY_DAYS));
    }

    @Test
    void aPersonalLinkTakesOneAnswerAndIsThenUsed() {
        LinkToken orderer = tokenOf(lecture, Respondent.ORDERER);
        FeedbackTask answered = lecture.answer(orderer, answerAt(APPROVED_AT));

        assertThat(answered.request(Respondent.ORDERER).orElseThrow().state(APPROVED_AT)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> answered.answer(orderer, answerAt(APPROVED_AT.plusSeconds(1))))
                .isInstanceOfSatisfying(FeedbackLinkClosed.class,
                        closed -> assertThat(closed.code()).isEqualTo("feedback-link-used"));
    }

    @Test
    void theListenerLinkTakesManyAnswers() {
        LinkToken listener = tokenOf(lecture, Respondent.LISTENER);
        FeedbackTask answered = lecture.answer(listener, answerAt(APPROVED_AT)).answer(listener, answerAt(APPROVED_AT));

        FeedbackRequest request = answered.request(Respondent.LISTENER).orElseThrow();
        assertThat(request.answers()).hasSize(2);
        assertThat(request.state(APPROVED_AT)).isEqualTo(LinkState.OPEN);
    }

    @Test
    void anAnswerTouchesOnlyItsOwnRequest() {
        FeedbackTask answered = lecture.answer(tokenOf(lecture, Respondent.LISTENER), answerAt(APPROVED_AT));

        assertThat(answered.request(Respondent.ORDERER)).isEqualTo(lecture.request(Respondent.ORDERER));
        assertThat(answered.request(Respondent.SELF_ASSESSMENT)).isEqualTo(lecture.request(Respondent.SELF_ASSESSMENT));
    }

    @Test
    void noLinkTakesAnswersFromTheMomentItExpires() {
        Instant expiry = APPROVED_AT.plus(THIRTY_DAYS);
        LinkToken listener = tokenOf(lecture, Respondent.LISTENER);

        assertThat(lecture.answer(listener, answerAt(expiry.minusSeconds(1))).request(Respondent.LISTENER).orElseThrow()
                .answers()).hasSize(1);
        assertThatThrownBy(() -> lecture.answer(listener, answerAt(expiry)))
                .isInstanceOfSatisfying(FeedbackLinkClosed.class,
                        closed -> assertThat(closed.code()).isEqualTo("feedback-link-expired"));
        assertThat(lecture.request(Respondent.ORDERER).orElseThrow().state(expiry)).isEqualTo(LinkState.EXPIRED);
    }

    @Test
    void theListenerLinkClosesWhenFull() {
        LinkToken listener = tokenOf(lecture, Respondent.LISTENER);
        FeedbackTask full = IntStream.range(0, FeedbackRequest.MAX_ANSWERS)
                .boxed()
                .reduce(lecture, (task, i) -> task.answer(listener, answerAt(APPROVED_AT)), (a, b) -> b);

        assertThatThrownBy(() -> full.answer(listener, answerAt(APPROVED_AT)))
                .isInstanceOfSatisfying(FeedbackLinkClosed.class,
                        closed -> assertThat(closed.code()).isEqualTo("feedback-link-full"));
    }

    @Test
    void aTokenOfAnotherTaskIsNotFound() {
        byte[] otherBytes = new byte[LinkToken.RANDOM_BYTES];
        Arrays.fill(otherBytes, (byte) 0x7F);
        LinkToken foreign = LinkToken.fromRandomBytes(otherBytes);

        assertThatThrownBy(() -> lecture.answer(foreign, answerAt(APPROVED_AT)))
                .hasMessageContaining("No such feedback link");
    }

    @Test
    void theOpeningEventNamesTheRespondentsAsked() {
        assertThat(lecture.requestsOpened()).isEqualTo(new RequestsOpened(new TaskId("task-a-1"), "order-1",
                "expert-aino", SampleWork.COUNTY,
                Set.of(Respondent.LISTENER, Respondent.ORDERER, Respondent.SELF_ASSESSMENT)));
    }

    private LinkToken nextToken() {
        byte[] bytes = new byte[LinkToken.RANDOM_BYTES];
        bytes[0] = (byte) tokens.size();
        LinkToken token = LinkToken.fromRandomBytes(bytes);
        tokens.add(token);
        return token;
    }

    private static LinkToken tokenOf(FeedbackTask task, Respondent respondent) {
        return task.request(respondent).orElseThrow().token();
    }

    private static FeedbackAnswer answerAt(Instant at) {
        return new FeedbackAnswer(4, "Selkeä ja koskettava puheenvuoro", at);
    }
}
