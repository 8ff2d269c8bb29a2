package fi.kokemus.feedback.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskChange;
import fi.kokemus.feedback.fakes.SampleWork;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ExpertTasks} does over the tasks its {@link FeedbackTaskRepository} stored. */
public abstract class ExpertTasksContract {

    private static final Instant MARCH = Instant.parse("2026-03-10T10:00:00Z");
    private static final LinkKeys KEYS = SampleWork.linkKeys();

    private String expert;

    protected abstract FeedbackTaskRepository tasks();

    protected abstract ExpertTasks expertTasks();

    @BeforeEach
    void aFreshExpert() {
        expert = "expert-" + UUID.randomUUID();
    }

    @Test
    void pagesTheExpertsTasksNewestSessionFirst() {
        FeedbackTask march = stored(expert, "a-march", MARCH, false);
        FeedbackTask may = stored(expert, "a-may", MARCH.plus(Duration.ofDays(60)), false);
        FeedbackTask april = stored(expert, "a-april", MARCH.plus(Duration.ofDays(30)), true);
        stored("someone-else-" + UUID.randomUUID(), "a-other", MARCH.plus(Duration.ofDays(90)), false);

        assertThat(expertTasks().page(expert, 0, 2)).extracting(FeedbackTask::id).containsExactly(may.id(), april.id());
        assertThat(expertTasks().page(expert, 1, 2)).extracting(FeedbackTask::id).containsExactly(march.id());
        assertThat(expertTasks().page(expert, 2, 2)).isEmpty();
        assertThat(expertTasks().count(expert)).isEqualTo(3);
    }

    @Test
    void sessionsAtTheSameTimeComeInTaskIdOrder() {
        FeedbackTask second = stored(expert, "a-2", MARCH, false);
        FeedbackTask first = stored(expert, "a-1", MARCH, false);

        assertThat(expertTasks().page(expert, 0, 10)).extracting(FeedbackTask::id)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void findsOnlyTheExpertsOneToOneClientWork() {
        FeedbackTask clientWork = stored(expert, "a-client", MARCH, true);
        stored(expert, "a-lecture", MARCH, false);
        stored("someone-else-" + UUID.randomUUID(), "a-other-client", MARCH, true);

        assertThat(expertTasks().clientWork(expert)).extracting(FeedbackTask::id).containsExactly(clientWork.id());
    }

    @Test
    void anExpertWithoutTasksHasNone() {
        assertThat(expertTasks().page(expert, 0, 10)).isEmpty();
        assertThat(expertTasks().count(expert)).isZero();
        assertThat(expertTasks().clientWork(expert)).isEmpty();
    }

    private FeedbackTask stored(String username, String assignment, Instant startsAt, boolean clientWork) {
        SessionWork work = new SessionWork("order-" + UUID.randomUUID(), "s-1", assignment + "-" + UUID.randomUUID(),
                "expert-id", username, SampleWork.COUNTY, SampleWork.UNIT, clientWork ? "CLIENT_SUPPORT" : "LECTURE_REGIONAL",
                null, clientWork, startsAt);
        TaskChange created = FeedbackTask.confirmed(work, startsAt, Duration.ofDays(14), KEYS::issue);
        tasks().addIfAbsent(created.task(), created.opened());
        return created.task();
    }
}
