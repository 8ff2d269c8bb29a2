package fi.kokemus.registry.domain;

import java.util.regex.Pattern;

/** Why staff opened a record, as the reader states it; kept in the audit log. */
public record ReadPurpose(String value) {

    private static final Pattern PRINTABLE = Pattern.compile("(?U)[^\\p{Cntrl}]{1,200}");

    public static final ReadPurpose VIEW = new ReadPurpose("view");

    public ReadPurpose {
        value = Checks.matches(value == null ? null : value.strip(), PRINTABLE, "purpose",
                "1-200 printable characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
