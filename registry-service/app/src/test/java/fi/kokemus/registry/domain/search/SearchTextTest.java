package fi.kokemus.registry.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void wordsAreLowerCaseSplitOnAnythingButLettersAndDigitsAndEachComesOnce() {
        assertThat(SearchText.words("MENTAL_HEALTH, keski-pohjanmaa: 272 Mental"))
                .containsExactly("mental", "health", "keski", "pohjanmaa", "272");
        assertThat(SearchText.words(" \t-- ")).isEmpty();
    }

    @Test
    void foldsDiacriticsButKeepsTheFinnishLettersDistinct() {
        assertThat(SearchText.words("José Núñez Çelik")).containsExactly("jose", "nunez", "celik");
        assertThat(SearchText.words("ÄITI Öljy Åland")).containsExactly("äiti", "öljy", "åland");
        assertThat(SearchText.words("a\u0308iti")).as("a decomposed ä is still ä").containsExactly("äiti");
        assertThat(SearchText.words("ﬁlosoﬁ")).containsExactly("filosofi");
    }

    @Test
    void tokensAreTheWordsAndTheirBeginningsOfThreeCharactersOrMore() {
        assertThat(SearchText.tokens(List.of("mielen", "fi", "äiti")))
                .containsExactlyInAnyOrder("mie", "miel", "miele", "mielen", "fi", "äit", "äiti");
    }

    @Test
    void operatorLikeInputIsJustWords() {
        assertThat(SearchText.words("{\"$gt\":\"\"} $where")).containsExactly("gt", "where");
    }
}
