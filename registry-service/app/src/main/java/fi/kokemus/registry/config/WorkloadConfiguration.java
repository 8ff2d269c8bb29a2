package fi.kokemus.registry.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.registry.adapter.out.mongo.MongoWorkloads;
import fi.kokemus.registry.application.port.in.DecayWorkloadsUseCase;
import fi.kokemus.registry.application.port.in.RecordAssignmentUseCase;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.Workloads;
import fi.kokemus.registry.application.service.DecayWorkloadsService;
import fi.kokemus.registry.application.service.RecordAssignmentService;
import fi.kokemus.registry.domain.WorkloadWindow;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The recent assignment counts the fair ranking sorts by: kept from ordering's events, decayed
 * by a daily job ({@code kokemus.registry.fair-ranking.decay-cron}) after
 * {@code kokemus.registry.fair-ranking.window}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class WorkloadConfiguration {

    @Bean
    WorkloadWindow workloadWindow(@Value("${kokemus.registry.fair-ranking.window:180d}") Duration length) {
        return new WorkloadWindow(length);
    }

    @Bean
    Workloads workloads(MongoDatabase serviceDatabase) {
        return new MongoWorkloads(serviceDatabase);
    }

    @Bean
    RecordAssignmentUseCase recordAssignment(Workloads workloads, ContactDisclosures disclosures,
            WorkloadWindow window, Clock clock) {
        return new RecordAssignmentService(workloads, disclosures, window, clock);
    }

    @Bean
    DecayWorkloadsUseCase decayWorkloads(Workloads workloads, WorkloadWindow window, Clock clock) {
        return new DecayWorkloadsService(workloads, window, clock);
    }
}
