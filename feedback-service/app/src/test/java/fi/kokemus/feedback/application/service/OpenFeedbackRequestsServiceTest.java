package fi.kokemus.feedback.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.FeedbackRequest;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.LinkToken;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.CountingRandomBytes;
import fi.kokemus.feedback.fakes.InMemoryFeedbackTaskRepository;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.feedback.fakes.SampleWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OpenFeedbackRequestsServiceTest {

    private static final Instant APPROVED_AT = Instant.parse("2026-03-12T09:00:00Z");

    private final InMemoryFeedbackTaskRepository tasks = new InMemoryFeedbackTaskRepository();
    private final OpenFeedbackRequestsService service = new OpenFeedbackRequestsService(tasks,
            new CountingRandomBytes(), new MutableClock(APPROVED_AT), Duration.ofDays(14));

    @Test
    void opensTheTasksRequestsWithFreshTokensAndPublishesThatOnce() {
        assertThat(service.open(SampleWork.lecture("order-1", "a-1"))).isTrue();

        FeedbackTask task = tasks.find(new TaskId("task-a-1")).orElseThrow();
        assertThat(task.openedAt()).isEqualTo(APPROVED_AT);
        assertThat(task.requests()).extracting(FeedbackRequest::token)
                .containsExactly(tokenOfBytes(1), tokenOfBytes(2), tokenOfBytes(3));
        assertThat(task.requests()).extracting(FeedbackRequest::expiresAt)
                .containsOnly(APPROVED_AT.plus(Duration.ofDays(14)));
        assertThat(tasks.published()).containsExactly(task.requestsOpened());
    }

    @Test
    void aRedeliveredApprovalChangesNothing() {
        service.open(SampleWork.lecture("order-1", "a-1"));
        FeedbackTask first = tasks.find(new TaskId("task-a-1")).orElseThrow();

        assertThat(service.open(SampleWork.lecture("order-1", "a-1"))).isFalse();

        assertThat(tasks.find(new TaskId("task-a-1"))).contains(first);
        assertThat(tasks.published()).hasSize(1);
    }

    @Test
    void eachAssignmentOfAnOrderGetsItsOwnTask() {
        service.open(SampleWork.lecture("order-1", "a-1"));
        service.open(SampleWork.work("order-1", "a-2", "CLIENT_SUPPORT", "CLIENTS"));

        assertThat(tasks.findByOrder("order-1")).hasSize(2);
        assertThat(tasks.find(new TaskId("task-a-2")).orElseThrow().request(Respondent.CLIENT)).isPresent();
        assertThat(tasks.published()).hasSize(2);
    }

    private static LinkToken tokenOfBytes(int value) {
        byte[] bytes = new byte[LinkToken.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) value);
        return LinkToken.fromRandomBytes(bytes);
    }
}
