package fi.kokemus.fee.config;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.adapter.out.mongo.MongoFeeLineRepository;
import fi.kokemus.fee.adapter.out.mongo.MongoTariffRepository;
import fi.kokemus.fee.adapter.out.mongo.MongoTaxCardRepository;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.application.service.DecideTariffService;
import fi.kokemus.fee.application.service.ManageTaxCardsService;
import fi.kokemus.fee.application.service.PriceApprovedWorkService;
import fi.kokemus.fee.application.service.ReadFeeLinesService;
import fi.kokemus.fee.application.service.RequestTaxCardsService;
import fi.kokemus.fee.application.service.SeedTariffsService;
import fi.kokemus.fee.application.service.SettleCancellationsService;
import fi.kokemus.fee.application.service.ShowTariffsService;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.PublishedCountyRules;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.TravelRateTable;
import fi.kokemus.platform.events.EventWriter;
import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeeServiceConfiguration {

    @Bean
    FeeLineRepository feeLineRepository(MongoDatabase database, EventWriter writer, Clock clock) {
        return new MongoFeeLineRepository(database, writer, clock);
    }

    @Bean
    TariffRepository tariffRepository(MongoDatabase database) {
        return new MongoTariffRepository(database);
    }

    @Bean
    TaxCardRepository taxCardRepository(MongoDatabase database) {
        return new MongoTaxCardRepository(database);
    }

    @Bean
    PriceApprovedWorkService priceApprovedWorkService(FeeLineRepository feeLines, TariffRepository tariffs,
            TaxCardRepository taxCards, PaymentSchedules schedules, Clock clock) {
        return new PriceApprovedWorkService(feeLines, tariffs, taxCards, TravelRateTable.PUBLISHED,
                PublishedCountyRules::of, schedules, clock);
    }

    @Bean
    SettleCancellationsService settleCancellationsService(FeeLineRepository feeLines, TariffRepository tariffs,
            TaxCardRepository taxCards, PaymentSchedules schedules, Clock clock) {
        return new SettleCancellationsService(feeLines, tariffs, taxCards, TravelRateTable.PUBLISHED,
                PublishedCountyRules::of, schedules, clock);
    }

    @Bean
    ManageTaxCardsService manageTaxCardsService(TaxCardRepository taxCards, FeeLineRepository feeLines) {
        return new ManageTaxCardsService(taxCards, feeLines);
    }

    @Bean
    ReadFeeLinesService readFeeLinesService(FeeLineRepository feeLines) {
        return new ReadFeeLinesService(feeLines);
    }

    @Bean
    ShowTariffsService showTariffsService(TariffRepository tariffs) {
        return new ShowTariffsService(tariffs);
    }

    @Bean
    RequestTaxCardsService requestTaxCardsService(FeeLineRepository feeLines, TaxCardRepository taxCards, Clock clock) {
        return new RequestTaxCardsService(feeLines, taxCards, clock);
    }

    @Bean
    DecideTariffService decideTariffService(TariffRepository tariffs) {
        return new DecideTariffService(tariffs);
    }

    @Bean
    SeedTariffsService seedTariffsService(TariffRepository tariffs) {
        return new SeedTariffsService(tariffs, PublishedTariffs.all());
    }

    /** Seeds before the Kafka listeners start, so no approval is priced against a missing tariff. */
    @Bean
    SmartInitializingSingleton publishedTariffsSeeding(SeedTariffsService seeding) {
        return seeding::seedMissing;
    }
}
