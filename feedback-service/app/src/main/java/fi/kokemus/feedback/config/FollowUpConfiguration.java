package fi.kokemus.feedback.config;

import fi.kokemus.feedback.application.port.in.followup.RecordFollowUpFactsUseCase;
import fi.kokemus.feedback.application.port.in.followup.ViewFollowUpReportUseCase;
import fi.kokemus.feedback.application.port.out.followup.CountyExpertRepository;
import fi.kokemus.feedback.application.port.out.followup.FeeFactRepository;
import fi.kokemus.feedback.application.port.out.followup.FeedbackTasksInPeriod;
import fi.kokemus.feedback.application.port.out.followup.FollowUpTaskRepository;
import fi.kokemus.feedback.application.service.followup.FollowUpFactsService;
import fi.kokemus.feedback.application.service.followup.FollowUpReportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the follow-up reports: the facts they count and the report built from them. */
@Configuration(proxyBeanMethods = false)
public class FollowUpConfiguration {

    @Bean
    RecordFollowUpFactsUseCase recordFollowUpFacts(FollowUpTaskRepository tasks, CountyExpertRepository experts,
            FeeFactRepository fees) {
        return new FollowUpFactsService(tasks, experts, fees);
    }

    /** An average rating is shown from the same minimum of answers as any aggregate of the service. */
    @Bean
    ViewFollowUpReportUseCase viewFollowUpReport(FollowUpTaskRepository tasks, CountyExpertRepository experts,
            FeeFactRepository fees, FeedbackTasksInPeriod feedback, FeedbackProperties properties) {
        return new FollowUpReportService(tasks, experts, fees, feedback, properties.anonymityMinimum());
    }
}
