package fi.kokemus.registry.adapter.out.seed;

import fi.kokemus.registry.domain.taxonomy.Labels;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import fi.kokemus.registry.domain.taxonomy.TaxonomyTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starting taxonomy shipped as {@code reference/taxonomy.json}: for each kind, a list of
 * {@code {"code": ..., "labels": {"fi": ..., "sv": ..., "en": ...}}}.
 */
public class TaxonomySeedFile {

    static final String RESOURCE = "/reference/taxonomy.json";

    private final JsonMapper jsonMapper;

    public TaxonomySeedFile(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** Every seeded term, in use; a malformed file fails the start rather than seeding half. */
    public List<TaxonomyTerm> terms() {
        try (InputStream stream = TaxonomySeedFile.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            Map<TaxonomyKind, List<Entry>> byKind = jsonMapper.readValue(stream, new TypeReference<>() {
            });
            return byKind.entrySet().stream()
                    .flatMap(kind -> kind.getValue().stream().map(entry -> entry.toTerm(kind.getKey())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Entry(String code, LabelsEntry labels) {

        TaxonomyTerm toTerm(TaxonomyKind kind) {
            if (labels == null) {
                throw new IllegalStateException("Seed term " + kind + " " + code + " has no labels");
            }
            return TaxonomyTerm.active(kind, code, new Labels(labels.fi(), labels.sv(), labels.en()));
        }
    }

    private record LabelsEntry(String fi, String sv, String en) {
    }
}
