package fi.kokemus.feedback.config;

import fi.kokemus.feedback.application.port.in.EraseExpertUseCase;
import fi.kokemus.feedback.application.port.out.ExpertTaskErasures;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.service.EraseExpertService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Following the registry's erasures (the registry's topic is declared with the others in {@link FeedbackTopics}). */
@Configuration(proxyBeanMethods = false)
public class ExpertErasureConfiguration {

    @Bean
    EraseExpertUseCase eraseExpert(ExpertTaskErasures erasures, FeedbackTaskRepository tasks) {
        return new EraseExpertService(erasures, tasks);
    }
}
