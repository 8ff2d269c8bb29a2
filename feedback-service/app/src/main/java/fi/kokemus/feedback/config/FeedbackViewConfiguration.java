package fi.kokemus.feedback.config;

import fi.kokemus.feedback.application.port.in.ReadFeedbackUseCase;
import fi.kokemus.feedback.application.port.out.ExpertTasks;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.FollowUpNotes;
import fi.kokemus.feedback.application.service.FeedbackReadingService;
import fi.kokemus.feedback.application.service.FollowUpService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires reading feedback and closing the loop to their ports. */
@Configuration(proxyBeanMethods = false)
public class FeedbackViewConfiguration {

    @Bean
    ReadFeedbackUseCase readFeedback(FeedbackTaskRepository tasks, ExpertTasks expertTasks, FollowUpNotes notes,
            FeedbackProperties properties) {
        return new FeedbackReadingService(tasks, expertTasks, notes, properties.anonymityMinimum());
    }

    /** Records notes and shows them on the link pages: one service, so both use the same note rules. */
    @Bean
    FollowUpService followUp(FeedbackTaskRepository tasks, FollowUpNotes notes, Clock clock) {
        return new FollowUpService(tasks, notes, clock);
    }
}
