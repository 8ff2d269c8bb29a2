package fi.kokemus.registry.domain;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeysTest {

    @Test
    void aPhoneNumberIsTheSameKeyWrittenInternationallyOrDomestically() {
        assertThat(MatchKeys.phoneKey("+358 40 000 0001")).isEqualTo("0400000001");
        assertThat(MatchKeys.phoneKey("040-000 0001")).isEqualTo("0400000001");
        assertThat(MatchKeys.phoneKey("00358 40 0000001")).isEqualTo("0400000001");
        assertThat(MatchKeys.phoneKey("+46 70 000 0001")).isEqualTo("+46700000001");
    }

    @Test
    void eMailAndNameIgnoreCaseAndSpacing() {
        var shouting = aProfile().name("AINO ", "TESTINEN").contact("Aino.Testinen@Example.org", null).build();
        var quiet = aProfile().contact("aino.testinen@example.org", "040 000 0001").build();

        assertThat(MatchKeys.reasonsShared(MatchKeys.of(shouting), MatchKeys.of(quiet)))
                .containsExactlyInAnyOrder(DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_NAME_AND_MUNICIPALITY);
    }

    @Test
    void theSameNameInAnotherMunicipalityIsNoMatch() {
        var here = aProfile().contact("a@example.org", null).build();
        var there = aProfile().municipality("217").contact("b@example.org", null).build();

        assertThat(MatchKeys.reasonsShared(MatchKeys.of(here), MatchKeys.of(there))).isEmpty();
    }
}
