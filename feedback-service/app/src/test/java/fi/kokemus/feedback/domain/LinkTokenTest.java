package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

    @Test
    void encodesThirtyTwoRandomBytesAsUnpaddedBase64Url() {
        byte[] bytes = new byte[LinkToken.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) 0xFB);

        LinkToken token = LinkToken.fromRandomBytes(bytes);

        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+").contains("-", "_").doesNotContain("=");
        assertThat(Base64.getUrlDecoder().decode(token.value())).isEqualTo(bytes);
    }

    @Test
    void refusesFewerRandomBytes() {
        assertThatThrownBy(() -> LinkToken.fromRandomBytes(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesOnlyWhatCanBeAToken() {
        String valid = LinkToken.fromRandomBytes(new byte[LinkToken.RANDOM_BYTES]).value();

        assertThat(LinkToken.parse(valid)).contains(new LinkToken(valid));
        assertThat(LinkToken.parse(valid.substring(1))).isEmpty();
        assertThat(LinkToken.parse(valid.substring(1) + "=")).isEmpty();
        assertThat(LinkToken.parse("../" + valid.substring(3))).isEmpty();
        assertThat(LinkToken.parse(null)).isEmpty();
    }

    @Test
    void neverShowsTheWholeSecret() {
        LinkToken token = LinkToken.fromRandomBytes(new byte[LinkToken.RANDOM_BYTES]);

        assertThat(token.toString()).doesNotContain(token.value());
    }
}
