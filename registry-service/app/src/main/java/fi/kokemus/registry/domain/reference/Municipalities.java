package fi.kokemus.registry.domain.reference;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.MunicipalityCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipalities of Finland (Statistics Finland's classification of 1 January 2025) and the
 * wellbeing services county each belongs to. Read-only reference data shipped with the service.
 */
public final class Municipalities {

    static final String RESOURCE = "/reference/municipalities.csv";
    private static final String HEADER = "code;nameFi;nameSv;county";

    private final Map<MunicipalityCode, Municipality> byCode;

    private Municipalities(Map<MunicipalityCode, Municipality> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** Loaded from the shipped resource on first use and shared afterwards. */
    public static Municipalities finland() {
        return Finland.MUNICIPALITIES;
    }

    /** Lines of {@code code;nameFi;nameSv;county} after a header line; the county is empty for Åland. */
    static Municipalities parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalStateException("Municipality data must start with the header " + HEADER);
        }
        Map<MunicipalityCode, Municipality> byCode = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            Municipality municipality = parseLine(line);
            if (byCode.put(municipality.code(), municipality) != null) {
                throw new IllegalStateException("Municipality " + municipality.code() + " is listed twice");
            }
        }
        return new Municipalities(byCode);
    }

    public Collection<Municipality> all() {
        return byCode.values();
    }

    public Optional<Municipality> find(MunicipalityCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The municipality with this code; any other code is invalid input in {@code field}. */
    public Municipality require(MunicipalityCode code, String field) {
        return find(code).orElseThrow(() -> DomainProblem.invalid("unknown-municipality",
                field + " must be a municipality of Finland; " + code + " is not one", field));
    }

    /** The municipality, which must lie in {@code county}; anything else is invalid input in {@code field}. */
    public Municipality requireIn(MunicipalityCode code, County county, String field) {
        Municipality municipality = require(code, field);
        if (municipality.county().filter(county::equals).isEmpty()) {
            throw DomainProblem.invalid("municipality-outside-county", "Municipality " + municipality.code() + " ("
                    + municipality.nameFi() + ") is not in " + county.code(), field);
        }
        return municipality;
    }

    /** The county's municipalities in code order. */
    public List<Municipality> inCounty(County county) {
        return byCode.values().stream()
                .filter(municipality -> municipality.county().equals(Optional.of(county)))
                .toList();
    }

    private static Municipality parseLine(String line) {
        String[] fields = line.split(";", -1);
        if (fields.length != 4) {
            throw new IllegalStateException("Municipality line must have four fields: " + line);
        }
        Optional<County> county = fields[3].isEmpty() ? Optional.empty()
                : Optional.of(County.find(fields[3])
                        .orElseThrow(() -> new IllegalStateException("Unknown county in line: " + line)));
        return new Municipality(new MunicipalityCode(fields[0]), fields[1], fields[2], county);
    }

    private static Municipalities load() {
        try (InputStream stream = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return parse(reader.lines().filter(line -> !line.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder so the file is read once, on first use. */
    private static final class Finland {
        static final Municipalities MUNICIPALITIES = load();
    }
}
