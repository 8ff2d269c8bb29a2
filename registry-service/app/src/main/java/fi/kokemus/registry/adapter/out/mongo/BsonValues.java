package fi.kokemus.registry.adapter.out.mongo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/** Conversions the expert mapping repeats: codes as strings, days as ISO dates, sub-documents as lists. */
final class BsonValues {

    private BsonValues() {
    }

    static <T> List<String> strings(Collection<T> values, Function<T, String> toString) {
        return values.stream().map(toString).toList();
    }

    static <T> Set<T> stringSet(Document document, String field, Function<String, T> parse) {
        return document.getList(field, String.class, List.of()).stream().map(parse).collect(Collectors.toSet());
    }

    static <T> List<Document> documents(Collection<T> values, Function<T, Document> toDocument) {
        return values.stream().map(toDocument).toList();
    }

    static <T> List<T> fromDocuments(Document document, String field, Function<Document, T> parse) {
        return document.getList(field, Document.class, List.of()).stream().map(parse).toList();
    }

    /** ISO dates sort and compare as strings, so range queries work on them. */
    static String day(LocalDate day) {
        return day.toString();
    }

    static String day(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse(null);
    }

    static LocalDate day(Document document, String field) {
        return LocalDate.parse(document.getString(field));
    }

    static Optional<LocalDate> optionalDay(Document document, String field) {
        return Optional.ofNullable(document.getString(field)).map(LocalDate::parse);
    }
}
