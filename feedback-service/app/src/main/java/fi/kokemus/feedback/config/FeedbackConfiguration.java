package fi.kokemus.feedback.config;

import fi.kokemus.feedback.adapter.out.links.HmacLinkKeys;
import fi.kokemus.feedback.application.port.in.FollowOrderingUseCase;
import fi.kokemus.feedback.application.port.in.SubmitFeedbackAnswerUseCase;
import fi.kokemus.feedback.application.port.in.ViewFeedbackLinkUseCase;
import fi.kokemus.feedback.application.port.in.ViewFeedbackTasksUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.application.port.out.OrderFactsRepository;
import fi.kokemus.feedback.application.service.FeedbackLinkService;
import fi.kokemus.feedback.application.service.FeedbackTaskQueryService;
import fi.kokemus.feedback.application.service.FollowOrderingService;
import fi.kokemus.feedback.application.service.SubmitFeedbackAnswerService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the use cases to their ports. */
@Configuration(proxyBeanMethods = false)
public class FeedbackConfiguration {

    @Bean
    LinkKeys linkKeys(FeedbackProperties properties) {
        return new HmacLinkKeys(properties.linkSecret());
    }

    @Bean
    FollowOrderingUseCase followOrdering(FeedbackTaskRepository tasks, OrderFactsRepository orders, LinkKeys links,
            Clock clock, FeedbackProperties properties) {
        return new FollowOrderingService(tasks, orders, links, clock,
                new FollowOrderingService.Validity(properties.listenerLinkValidity(), properties.linkValidity()));
    }

    @Bean
    ViewFeedbackTasksUseCase viewFeedbackTasks(FeedbackTaskRepository tasks, LinkKeys links, Clock clock) {
        return new FeedbackTaskQueryService(tasks, links, clock);
    }

    @Bean
    ViewFeedbackLinkUseCase viewFeedbackLink(FeedbackTaskRepository tasks, Clock clock) {
        return new FeedbackLinkService(tasks, clock);
    }

    @Bean
    SubmitFeedbackAnswerUseCase submitFeedbackAnswer(FeedbackTaskRepository tasks, Clock clock,
            FeedbackProperties properties) {
        return new SubmitFeedbackAnswerService(tasks, properties.anonymityMinimum(), clock);
    }
}
