package fi.kokemus.registry.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** The expert's name; staff outside the full record only ever see {@link #displayName()}. */
public record PersonName(String firstName, String lastName) {

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '.-]{0,99}");
    private static final String EXPECTATION = "1-100 characters: letters, spaces, apostrophes, dots or hyphens";

    public PersonName {
        firstName = Checks.matches(strip(firstName), NAME, "firstName", EXPECTATION);
        lastName = Checks.matches(strip(lastName), NAME, "lastName", EXPECTATION);
    }

    /** First name and the initial of the last name, e.g. "Aino T.". */
    public String displayName() {
        String initial = new String(Character.toChars(lastName.codePointAt(0))).toUpperCase(Locale.ROOT);
        return firstName + " " + initial + ".";
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
