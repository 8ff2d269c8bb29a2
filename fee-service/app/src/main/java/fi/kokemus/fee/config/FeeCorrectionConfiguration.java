package fi.kokemus.fee.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.adapter.out.mongo.MongoFeeCorrectionRepository;
import fi.kokemus.fee.application.port.out.FeeCorrectionRepository;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.application.service.CorrectFeeLineService;
import fi.kokemus.fee.domain.PaymentSchedules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A person's pricing or correction of a fee line. */
@Configuration(proxyBeanMethods = false)
class FeeCorrectionConfiguration {

    @Bean
    FeeCorrectionRepository feeCorrectionRepository(MongoDatabase database) {
        return new MongoFeeCorrectionRepository(database);
    }

    @Bean
    CorrectFeeLineService correctFeeLineService(FeeLineRepository feeLines, FeeCorrectionRepository corrections,
            TaxCardRepository taxCards, PaymentSchedules schedules, Clock clock) {
        return new CorrectFeeLineService(feeLines, corrections, taxCards, schedules, clock);
    }
}
