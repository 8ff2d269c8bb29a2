package fi.kokemus.fee.config;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.fee.domain.PaymentSchedule;
import fi.kokemus.fee.domain.PaymentSchedules;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PaymentBatchConfigurationTest {

    private final PaymentBatchConfiguration configuration = new PaymentBatchConfiguration();

    @Test
    void aCountysCutOffDayIsConfigurable() {
        PaymentSchedules schedules = configuration.paymentSchedules(
                new MockEnvironment().withProperty("kokemus.fees.cut-off-days.keski-pohjanmaa", "15"));

        assertThat(schedules.of("keski-pohjanmaa")).isEqualTo(new PaymentSchedule(15));
        assertThat(schedules.of("ita-uusimaa")).isEqualTo(PaymentSchedules.ITA_UUSIMAA);
    }

    @Test
    void withoutConfigurationEveryCountyFollowsThePublishedSchedule() {
        PaymentSchedules schedules = configuration.paymentSchedules(new MockEnvironment());

        assertThat(schedules.of("pohjois-pohjanmaa")).isEqualTo(PaymentSchedules.ITA_UUSIMAA);
    }
}
