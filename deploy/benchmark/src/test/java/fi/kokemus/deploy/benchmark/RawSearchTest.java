package fi.kokemus.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import fi.kokemus.platform.test.InMemoryMongo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The driver's search on documents shaped as the registry stores experts, on the same kind of wire server. */
class RawSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static MongoClient client;
    private static RawSearch raw;
    private static MongoCollection<Document> experts;

    @BeforeAll
    static void storeExperts() {
        client = MongoClients.create(InMemoryMongo.connectionString());
        experts = client.getDatabase("raw-search-test").getCollection("experts");
        experts.insertMany(List.of(
                expert("keski-1", "Testinen", true, "keski-pohjanmaa", List.of("keski-pohjanmaa"),
                        List.of("MENTAL_HEALTH"), "fi", List.of("mental", "health"), List.of()),
                expert("ita-1", "Esimerkki", true, "ita-uusimaa", List.of("ita-uusimaa", "*"),
                        List.of("MENTAL_HEALTH", "DEBT"), "sv", List.of("debt"),
                        List.of(new Document("from", TODAY.minusDays(1).toString())
                                .append("until", TODAY.plusDays(1).toString()))),
                expert("keski-2", "Aaltonen", false, "keski-pohjanmaa", List.of("keski-pohjanmaa"),
                        List.of("MENTAL_HEALTH"), "fi", List.of("mental"), List.of()),
                expert("ita-2", "Bertilsson", true, "ita-uusimaa", List.of("ita-uusimaa"),
                        List.of("MENTAL_HEALTH"), "fi", List.of("mental"), List.of())));
        raw = new RawSearch(experts, "keski-pohjanmaa");
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void findsOnlyBookableExpertsTheSearchersCountyMaySee() {
        assertThat(raw.total(query("topic", List.of("MENTAL_HEALTH")))).isEqualTo(2);
        assertThat(raw.total(new SearchQuery("no filter", Map.of()))).isEqualTo(2);
    }

    @Test
    void filtersOnProfileFieldsPreferencesAndSearchDocument() {
        assertThat(raw.total(query("county", List.of("keski-pohjanmaa")))).isEqualTo(1);
        assertThat(raw.total(query("topic", List.of("DEBT")))).isEqualTo(1);
        assertThat(raw.total(query("language", List.of("sv")))).isEqualTo(1);
        assertThat(raw.total(query("taskType", List.of("CLIENT_SUPPORT")))).isEqualTo(2);
        assertThat(raw.total(new SearchQuery("role + organisation",
                Map.of("role", List.of("PEER_SUPPORTER"), "organisation", List.of("ngo-keski-1"))))).isEqualTo(1);
    }

    @Test
    void leavesOutExpertsUnavailableOnTheDay() {
        assertThat(raw.total(query("availableOn", List.of(TODAY.toString())))).isEqualTo(1);
        assertThat(raw.total(query("availableOn", List.of(TODAY.plusDays(2).toString())))).isEqualTo(2);
    }

    @Test
    void matchesFreeTextOnWordPrefixesAndRanksWholeWordsFirst() {
        assertThat(raw.total(query("text", List.of("ment")))).isEqualTo(1);
        assertThat(raw.total(query("text", List.of("deb")))).isEqualTo(1);

        Document page = experts.aggregate(raw.pipeline(query("topic", List.of("MENTAL_HEALTH")))).first();
        assertThat(page.getList("items", Document.class))
                .extracting(item -> item.getList("expert", Document.class).get(0).getString("lastName"))
                .containsExactly("Esimerkki", "Testinen");
        Document ranked = experts.aggregate(raw.pipeline(new SearchQuery("text",
                Map.of("topic", List.of("MENTAL_HEALTH"), "text", List.of("debt"))))).first();
        assertThat(ranked.getList("items", Document.class)).extracting(item -> item.getString("lastName"))
                .containsExactly("Esimerkki");
    }

    @Test
    void countsFacetsOverEveryMatch() {
        Document page = experts.aggregate(raw.pipeline(new SearchQuery("no filter", Map.of()))).first();

        assertThat(page.getList("facetCounts", Document.class))
                .extracting(group -> group.getString("_id") + "=" + group.get("count"))
                .contains("topics/MENTAL_HEALTH=2", "topics/DEBT=1", "languages/fi=1", "languages/sv=1",
                        "municipalities/272=2", "organisations/ngo-keski-1=1")
                .noneMatch(key -> key.startsWith("diagnoses/"));
    }

    @Test
    void hasAnEquivalentForEveryRepresentativeQuery() {
        assertThat(SearchPhase.representativeQueries(TODAY))
                .allSatisfy(query -> assertThat(raw.total(query)).isBetween(0L, 2L));
    }

    @Test
    void refusesWhatItCannotTranslateFaithfully() {
        assertThatThrownBy(() -> raw.total(query("text", List.of("Mental"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> raw.total(query("sort", List.of("NAME"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SearchQuery query(String parameter, List<String> values) {
        return new SearchQuery(parameter, Map.of(parameter, values));
    }

    private static Document expert(String id, String lastName, boolean bookable, String county, List<String> visibleTo,
            List<String> topics, String language, List<String> words, List<Document> unavailable) {
        List<String> tokens = words.stream()
                .flatMap(word -> java.util.stream.IntStream.rangeClosed(3, word.length()).mapToObj(n -> word.substring(0, n)))
                .toList();
        String organisation = "ngo-" + id;
        return new Document("_id", id)
                .append("lastName", lastName)
                .append("firstName", "Aino")
                .append("bookable", bookable)
                .append("homeCounty", county)
                .append("municipality", "272")
                .append("topics", topics)
                .append("roles", List.of("PEER_SUPPORTER"))
                .append("preferences", new Document("languages", List.of(language))
                        .append("taskTypes", List.of("CLIENT_SUPPORT")))
                .append("search", new Document("words", words)
                        .append("tokens", tokens)
                        .append("visibleTo", visibleTo)
                        .append("organisations", List.of(organisation))
                        .append("unavailable", unavailable));
    }
}
