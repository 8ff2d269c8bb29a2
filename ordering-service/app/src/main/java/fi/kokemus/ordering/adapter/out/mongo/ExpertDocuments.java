package fi.kokemus.ordering.adapter.out.mongo;

import fi.kokemus.ordering.domain.Expert;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Maps an expert to their projection document. An erased expert leaves a tombstone holding only
 * the id and the erasure time, so an older profile arriving late cannot bring them back.
 */
final class ExpertDocuments {

    static final String EVENT_TIME = "eventTime";
    static final String ERASED = "erased";
    static final String ACTIVE = "active";
    static final String CONTRACTS = "contracts";

    private ExpertDocuments() {
    }

    static Document toDocument(Expert expert, Instant eventTime) {
        return new Document("_id", expert.expertId())
                .append("username", expert.username())
                .append("displayName", expert.displayName())
                .append("homeCounty", expert.homeCounty())
                .append("roles", sorted(expert.roles()))
                .append("topics", sorted(expert.topics()))
                .append("languages", sorted(expert.languages()))
                .append("taskTypes", sorted(expert.taskTypes()))
                .append(ACTIVE, expert.active())
                .append("unavailable", expert.unavailable().stream().map(ExpertDocuments::toDocument).toList())
                .append(CONTRACTS, expert.contracts().stream().map(ExpertDocuments::toDocument).toList())
                .append(EVENT_TIME, Date.from(eventTime));
    }

    static Document tombstone(String expertId, Instant eventTime) {
        return new Document("_id", expertId).append(ERASED, true).append(EVENT_TIME, Date.from(eventTime));
    }

    static Optional<Expert> toExpert(Document document) {
        if (document.getBoolean(ERASED, false)) {
            return Optional.empty();
        }
        return Optional.of(new Expert(
                document.getString("_id"),
                document.getString("username"),
                document.getString("displayName"),
                document.getString("homeCounty"),
                new HashSet<>(document.getList("roles", String.class)),
                new HashSet<>(document.getList("topics", String.class)),
                new HashSet<>(document.getList("languages", String.class)),
                new HashSet<>(document.getList("taskTypes", String.class)),
                document.getBoolean(ACTIVE),
                document.getList("unavailable", Document.class, List.of()).stream().map(ExpertDocuments::toPeriod).toList(),
                document.getList(CONTRACTS, Document.class).stream().map(ExpertDocuments::toContract).toList()));
    }

    private static Document toDocument(Expert.ContractPeriod contract) {
        return new Document("county", contract.county())
                .append("validFrom", isoOrNull(contract.validFrom()))
                .append("validUntil", isoOrNull(contract.validUntil()));
    }

    private static Document toDocument(Expert.DatePeriod period) {
        return new Document("from", period.from().toString()).append("until", period.until().toString());
    }

    private static Expert.DatePeriod toPeriod(Document document) {
        return new Expert.DatePeriod(LocalDate.parse(document.getString("from")), LocalDate.parse(document.getString("until")));
    }

    private static Expert.ContractPeriod toContract(Document document) {
        return new Expert.ContractPeriod(document.getString("county"),
                dateOrNull(document.getString("validFrom")), dateOrNull(document.getString("validUntil")));
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    private static String isoOrNull(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate dateOrNull(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
