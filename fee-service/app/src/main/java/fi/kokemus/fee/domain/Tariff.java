package fi.kokemus.fee.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One version of a county's fee tariff: the rates per task type, valid from {@code validFrom}
 * through {@code validUntil} (both inclusive; {@code null} until = open-ended). A new decision is
 * a new version, never an edit of an old one's rates, so a line can always name the version that
 * priced it.
 *
 * @param example an illustration, not a county's decision: it prices nothing by itself
 */
public record Tariff(String county, LocalDate validFrom, LocalDate validUntil, Map<String, TariffRate> rates,
        boolean example) {

    public Tariff {
        if (county == null || county.isBlank()) {
            throw DomainProblem.invalid("invalid-tariff", "A tariff needs a county", "county");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw DomainProblem.invalid("invalid-tariff", "A tariff cannot end before it starts", "validUntil");
        }
        if (rates.isEmpty()) {
            throw DomainProblem.invalid("invalid-tariff", "A tariff needs at least one rate", "rates");
        }
        rates = Collections.unmodifiableSortedMap(new TreeMap<>(rates));
    }

    /** A county's decided tariff. */
    public Tariff(String county, LocalDate validFrom, LocalDate validUntil, Map<String, TariffRate> rates) {
        this(county, validFrom, validUntil, rates, false);
    }

    /** This version ending on {@code lastDay}, its rates unchanged. */
    public Tariff endingOn(LocalDate lastDay) {
        return new Tariff(county, validFrom, lastDay, rates, example);
    }

    /** Stable id of this version, e.g. {@code keski-pohjanmaa/2024-01-01}. */
    public String id() {
        return county + "/" + validFrom;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    public boolean overlaps(Tariff other) {
        boolean thisEndsBefore = validUntil != null && validUntil.isBefore(other.validFrom);
        boolean otherEndsBefore = other.validUntil != null && other.validUntil.isBefore(validFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }

    public Optional<TariffRate> rateFor(String taskType) {
        return Optional.ofNullable(rates.get(taskType));
    }

    /** Names the row that priced a line, e.g. {@code keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01}. */
    public String ruleFor(String taskType, TariffRate rate) {
        return county + "/" + taskType + "/" + rate.unit().ruleName() + "@" + validFrom;
    }
}
