package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

    @Test
    void encodesThirtyTwoBytesAsUnpaddedBase64Url() {
        byte[] bytes = new byte[LinkToken.BYTES];
        Arrays.fill(bytes, (byte) 0xFB);

        LinkToken token = LinkToken.of(bytes);

        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+").contains("-", "_").doesNotContain("=");
        assertThat(Base64.getUrlDecoder().decode(token.value())).isEqualTo(bytes);
    }

    @Test
    void refusesFewerBytes() {
        assertThatThrownBy(() -> LinkToken.of(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesOnlyWhatCanBeAToken() {
        String valid = LinkToken.of(new byte[LinkToken.BYTES]).value();

        assertThat(LinkToken.parse(valid)).contains(new LinkToken(valid));
        assertThat(LinkToken.parse(valid.substring(1))).isEmpty();
        assertThat(LinkToken.parse(valid.substring(1) + "=")).isEmpty();
        assertThat(LinkToken.parse("../" + valid.substring(3))).isEmpty();
        assertThat(LinkToken.parse(null)).isEmpty();
    }

    @Test
    void hashesToSha256SoTheStoredValueIsNotTheToken() {
        LinkToken token = LinkToken.of(new byte[LinkToken.BYTES]);

        assertThat(token.hash()).isEqualTo(token.hash());
        assertThat(token.hash().value()).hasSize(43).isNotEqualTo(token.value());
        assertThat(LinkToken.of(filled((byte) 1)).hash()).isNotEqualTo(token.hash());
    }

    @Test
    void neverShowsTheWholeSecret() {
        LinkToken token = LinkToken.of(new byte[LinkToken.BYTES]);

        assertThat(token.toString()).doesNotContain(token.value());
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[LinkToken.BYTES];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
