package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.RespondentFeedback;
import java.util.List;

/**
 * One page of the signed-in expert's tasks, newest session first, with their feedback.
 *
 * @param total              how many tasks the expert has in all
 * @param clientsAcrossTasks every client answer of the expert's one-to-one work pooled (never per task),
 *                           shown in aggregate from the anonymity minimum on
 */
public record ExpertFeedbackPage(List<TaskFeedbackView> tasks, int page, int size, long total,
        RespondentFeedback clientsAcrossTasks) {

    public ExpertFeedbackPage {
        tasks = List.copyOf(tasks);
    }
}
