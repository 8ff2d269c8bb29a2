package fi.kokemus.feedback.application.port.in;

import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.platform.actor.Actor;
import java.util.List;

/** Feedback tasks as the calling orderer, expert or coordinator may see them. */
public interface ViewFeedbackTasksUseCase {

    /** The order's tasks the actor may see; refused if the order has tasks but none of them is the actor's. */
    List<FeedbackTaskView> tasksOfOrder(Actor actor, String orderId);

    FeedbackTaskView task(Actor actor, TaskId taskId);
}
