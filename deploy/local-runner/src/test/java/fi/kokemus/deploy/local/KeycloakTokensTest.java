package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeycloakTokensTest {

    @Test
    void readsTheAccessTokenOfATokenResponse() {
        String response = "{\"access_token\": \"eyJhbGciOi.eyJzdWIi.c2ln-_x\",\"expires_in\":300,"
                + "\"refresh_token\":\"other.token.value\",\"token_type\":\"Bearer\"}";

        assertThat(KeycloakTokens.accessTokenOf(response)).isEqualTo("eyJhbGciOi.eyJzdWIi.c2ln-_x");
    }

    @Test
    void refusesAnAnswerWithoutAnAccessToken() {
        assertThatThrownBy(() -> KeycloakTokens.accessTokenOf("{\"error\":\"invalid_grant\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invalid_grant");
    }
}
