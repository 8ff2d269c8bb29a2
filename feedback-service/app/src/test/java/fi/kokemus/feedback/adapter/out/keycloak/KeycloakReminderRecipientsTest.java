package fi.kokemus.feedback.adapter.out.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.application.port.out.RecipientsUnavailable;
import fi.kokemus.feedback.fakes.FakeKeycloak;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KeycloakReminderRecipientsTest {

    private final FakeKeycloak keycloak = startKeycloak();
    private final KeycloakReminderRecipients recipients = recipients(FakeKeycloak.CLIENT_SECRET);

    @AfterEach
    void stop() {
        keycloak.close();
    }

    @Test
    void findsTheEnabledOrderersOfTheUnitOnly() {
        assertThat(recipients.unitOrderers("keski-pohjanmaa", "soite-mental-health-unit"))
                .containsExactly("orderer.soite@example.org", "second.orderer@example.org");
        assertThat(recipients.unitOrderers("keski-pohjanmaa", "another-unit")).isEmpty();
    }

    @Test
    void findsAnAccountByItsExactNameAndReusesTheToken() {
        assertThat(recipients.accountAddress("expert.soite")).contains("expert.soite@example.org");
        assertThat(recipients.accountAddress("expert.unknown")).isEmpty();
        assertThat(keycloak.tokensGranted()).isEqualTo(1);
    }

    @Test
    void aRefusedClientOrAnUnreachableServerIsUnavailableNotEmpty() {
        assertThatThrownBy(() -> recipients("wrong-secret").accountAddress("expert.soite"))
                .isInstanceOf(RecipientsUnavailable.class).hasMessageContaining("401");
        keycloak.close();
        assertThatThrownBy(() -> recipients.unitOrderers("keski-pohjanmaa", "soite-mental-health-unit"))
                .isInstanceOf(RecipientsUnavailable.class);
    }

    private KeycloakReminderRecipients recipients(String secret) {
        return new KeycloakReminderRecipients(new NotifierClient(keycloak.baseUrl() + "/", "kokemus",
                FakeKeycloak.CLIENT_ID, secret), JsonMapper.builder().build(), Clock.systemUTC());
    }

    private static FakeKeycloak startKeycloak() {
        try {
            return new FakeKeycloak();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
