package fi.kokemus.feedback.config;

import fi.kokemus.feedback.application.port.in.OpenFeedbackRequestsUseCase;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.application.port.in.ViewFeedbackLinkUseCase;
import fi.kokemus.feedback.application.port.in.ViewFeedbackTasksUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.RandomBytes;
import fi.kokemus.feedback.application.service.FeedbackLinkService;
import fi.kokemus.feedback.application.service.FeedbackTaskQueryService;
import fi.kokemus.feedback.application.service.OpenFeedbackRequestsService;
import fi.kokemus.feedback.application.service.SubmitFeedbackAnswerService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the use cases to their ports. */
@Configuration(proxyBeanMethods = false)
public class FeedbackConfiguration {

    @Bean
    OpenFeedbackRequestsUseCase openFeedbackRequests(FeedbackTaskRepository tasks, RandomBytes randomBytes,
            Clock clock, FeedbackProperties properties) {
        return new OpenFeedbackRequestsService(tasks, randomBytes, clock, properties.linkValidity());
    }

    @Bean
    ViewFeedbackTasksUseCase viewFeedbackTasks(FeedbackTaskRepository tasks, Clock clock) {
        return new FeedbackTaskQueryService(tasks, clock);
    }

    @Bean
    ViewFeedbackLinkUseCase viewFeedbackLink(FeedbackTaskRepository tasks, Clock clock) {
        return new FeedbackLinkService(tasks, clock);
    }

    @Bean
    SubmitFeedbackAnswerUseCase submitFeedbackAnswer(FeedbackTaskRepository tasks, Clock clock) {
        return new SubmitFeedbackAnswerService(tasks, clock);
    }
}
