package fi.kokemus.feedback.adapter.out.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.domain.IssuedLink;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HmacLinkKeysTest {

    private static final String SECRET = "test-only-feedback-link-secret-0123456789";

    @Test
    void theTokenOfAnIssuedLinkCanBeShownAgainAndMatchesTheStoredHash() {
        HmacLinkKeys keys = new HmacLinkKeys(SECRET);

        IssuedLink link = keys.issue();

        assertThat(keys.tokenOf(link.id())).isEqualTo(new HmacLinkKeys(SECRET).tokenOf(link.id()));
        assertThat(keys.tokenOf(link.id()).hash()).isEqualTo(link.tokenHash());
        assertThat(link.tokenHash().value()).isNotEqualTo(keys.tokenOf(link.id()).value());
    }

    @Test
    void withoutTheSecretTheIdGivesNoToken() {
        IssuedLink link = new HmacLinkKeys(SECRET).issue();

        assertThat(new HmacLinkKeys(SECRET + "-other").tokenOf(link.id()).hash()).isNotEqualTo(link.tokenHash());
    }

    @Test
    void issuedLinksDiffer() {
        HmacLinkKeys keys = new HmacLinkKeys(SECRET);

        assertThat(IntStream.range(0, 100).mapToObj(i -> keys.issue().id())).doesNotHaveDuplicates();
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new HmacLinkKeys("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
