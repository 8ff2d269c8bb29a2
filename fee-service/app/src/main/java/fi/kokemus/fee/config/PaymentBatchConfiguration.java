package fi.kokemus.fee.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.adapter.out.mongo.MongoEarningsLimitRepository;
import fi.kokemus.fee.adapter.out.mongo.MongoPaymentBatchRepository;
import fi.kokemus.fee.application.port.out.EarningsLimitRepository;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.PaymentBatchRepository;
import fi.kokemus.fee.application.service.ExpertEarningsService;
import fi.kokemus.fee.application.service.FeeReportService;
import fi.kokemus.fee.application.service.PaymentBatchService;
import fi.kokemus.fee.application.service.ReadFeeLinesService;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.platform.events.EventWriter;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Monthly payment batches, the expert's own view and the fee reports. */
@Configuration(proxyBeanMethods = false)
class PaymentBatchConfiguration {

    /** The published schedules, with cut-off days from {@code kokemus.fees.cut-off-days.<county>} overriding. */
    @Bean
    PaymentSchedules paymentSchedules(Environment environment) {
        Map<String, Integer> cutOffDays = Binder.get(environment)
                .bind("kokemus.fees.cut-off-days", Bindable.mapOf(String.class, Integer.class))
                .orElse(Map.of());
        return PaymentSchedules.published().withCutOffDays(cutOffDays);
    }

    @Bean
    PaymentBatchRepository paymentBatchRepository(MongoDatabase database, EventWriter writer) {
        return new MongoPaymentBatchRepository(database, writer);
    }

    @Bean
    EarningsLimitRepository earningsLimitRepository(MongoDatabase database) {
        return new MongoEarningsLimitRepository(database);
    }

    @Bean
    PaymentBatchService paymentBatchService(PaymentBatchRepository batches, FeeLineRepository feeLines,
            PaymentSchedules schedules, Clock clock) {
        return new PaymentBatchService(batches, feeLines, schedules, clock);
    }

    @Bean
    ExpertEarningsService expertEarningsService(FeeLineRepository feeLines, EarningsLimitRepository limits) {
        return new ExpertEarningsService(feeLines, limits);
    }

    @Bean
    FeeReportService feeReportService(ReadFeeLinesService feeLines) {
        return new FeeReportService(feeLines);
    }
}
