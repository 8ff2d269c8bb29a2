package fi.kokemus.registry.adapter.out.mongo;

import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.CountyVisibility;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.PublicProfile;
import fi.kokemus.registry.domain.Training;
import fi.kokemus.registry.domain.TrainingType;
import fi.kokemus.registry.domain.search.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The {@code search} sub-document written with every expert: what searches filter and rank on,
 * precomputed because the store has no full-text search. Holds public data only.
 */
final class SearchDocuments {

    static final String SEARCH = "search";
    /** Whole words of the public text, for relevance. */
    static final String WORDS = SEARCH + ".words";
    /** Words and their prefixes, for matching. */
    static final String TOKENS = SEARCH + ".tokens";
    /** County codes whose staff may find the expert; {@link #ANY_COUNTY} when every county may. */
    static final String VISIBLE_TO = SEARCH + ".visibleTo";
    static final String ORGANISATIONS = SEARCH + ".organisations";
    /** Validity windows of developer-influencer trainings, ISO dates, which compare as strings. */
    static final String ADVANCED_TRAINING = SEARCH + ".advancedTraining";
    static final String UNAVAILABLE = SEARCH + ".unavailable";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String ANY_COUNTY = "*";
    /** Later than any real date, also as a string. */
    private static final String OPEN_END = "9999-12-31";

    private SearchDocuments() {
    }

    static Document of(Expert expert) {
        PublicProfile profile = expert.publicProfile();
        List<String> words = SearchText.indexedWords(expert);
        return new Document("words", words)
                .append("tokens", List.copyOf(SearchText.tokens(words)))
                .append("visibleTo", visibleTo(expert.visibility()))
                .append("organisations", List.copyOf(profile.organisations()))
                .append("advancedTraining", expert.profile().trainings().stream()
                        .filter(training -> training.type() == TrainingType.DEVELOPER_INFLUENCER)
                        .map(SearchDocuments::window)
                        .toList())
                .append("unavailable", profile.unavailable().stream().map(SearchDocuments::window).toList());
    }

    private static List<String> visibleTo(CountyVisibility visibility) {
        List<String> codes = new ArrayList<>(visibility.counties().stream().map(County::code).sorted().toList());
        if (visibility.everyCounty()) {
            codes.add(ANY_COUNTY);
        }
        return codes;
    }

    private static Document window(Training training) {
        return new Document(FROM, training.completedOn().toString())
                .append(UNTIL, training.validUntil().map(LocalDate::toString).orElse(OPEN_END));
    }

    private static Document window(DatePeriod period) {
        return new Document(FROM, period.from().toString()).append(UNTIL, period.until().toString());
    }
}
