package fi.kokemus.feedback.config;

import fi.kokemus.feedback.application.port.in.EraseExpertUseCase;
import fi.kokemus.feedback.application.port.out.ExpertTaskErasures;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.service.EraseExpertService;
import fi.kokemus.platform.kafka.ServiceTopics;
import fi.kokemus.registry.contract.RegistryEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Following the registry's erasures: the use case, and the registry's topic with its dead letters. */
@Configuration(proxyBeanMethods = false)
public class ExpertErasureConfiguration {

    @Bean
    EraseExpertUseCase eraseExpert(ExpertTaskErasures erasures, FeedbackTaskRepository tasks) {
        return new EraseExpertService(erasures, tasks);
    }

    /** The registry's topic and its dead letters, declared as the registry declares them, for the same reason. */
    @Bean
    KafkaAdmin.NewTopics registryTopicsConsumed() {
        return ServiceTopics.declare(RegistryEvents.TOPIC);
    }
}
