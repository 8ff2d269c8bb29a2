package fi.kokemus.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextScreenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Soita 040 123 4567 kiitos          | Soita [puhelinnumero] kiitos
            numero 050-123 4567.               | numero [puhelinnumero].
            puh. 0401234567                    | puh. [puhelinnumero]
            toimisto 09 1234 567               | toimisto [puhelinnumero]
            +358 40 123 4567 iltaisin          | [puhelinnumero] iltaisin
            +358401234567                      | [puhelinnumero]
            +358 (0)40 123 4567                | [puhelinnumero]
            00358 40 1234567                   | [puhelinnumero]
            aino.testinen@example.org vastaa   | [sähköposti] vastaa
            Mail: A.B+tag@sub.example.org!     | Mail: [sähköposti]!
            hetu 010190-123A                   | hetu [henkilötunnus]
            hetu 010100A123J                   | hetu [henkilötunnus]
            2023 sign 150605Y123B              | 2023 sign [henkilötunnus]
            uusi 311299U9876                   | uusi [henkilötunnus]
            old 010185+1234                    | old [henkilötunnus]
            lower 010190a123b                  | lower [henkilötunnus]
            """)
    void masksContactDetailsAndIdentityCodes(String text, String expected) {
        assertThat(FreeTextScreen.screen(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tilaisuus 12.03.2024 oli hyvä",
            "päivä 2024-01-15 klo 14.30",
            "01-01-2024",
            "1/2/2024",
            "tilaus ORD-2024-000123",
            "tilausnumero 2024-0001",
            "Ryhmässä oli 15 henkeä, 120 min",
            "summa 1 234,50 €",
            "vuodet 1990-2020",
            "osoite @example.org puuttuu",
            "321390-123A ei ole päivä",
            "011390-123A kuukausi 13",
            "0001 0002",
            "vahvistus 1234567"})
    void leavesDatesNumbersAndNearMissesAlone(String text) {
        assertThat(FreeTextScreen.screen(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Kiitos, hyvä luento!"})
    void leavesPlainTextAsItIs(String text) {
        assertThat(FreeTextScreen.screen(text)).isEqualTo(text);
    }
}
