package fi.kokemus.registry.domain;

import java.util.regex.Pattern;

/** A municipality by its three-digit Statistics Finland code, e.g. 272 for Kokkola. */
public record MunicipalityCode(String value) {

    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    public MunicipalityCode {
        Checks.matches(value, THREE_DIGITS, "municipality", "a three-digit municipality code");
    }

    @Override
    public String toString() {
        return value;
    }
}
