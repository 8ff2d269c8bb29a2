package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the expert is reached. Private: shown only in the full record, never in public views or
 * events. At least one of the two must be given.
 */
public record ContactDetails(Optional<String> email, Optional<String> phone) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");

    public ContactDetails {
        Checks.present(email, "contact.email");
        Checks.present(phone, "contact.phone");
        email.ifPresent(ContactDetails::requireEmail);
        phone.ifPresent(value -> Checks.matches(value, PHONE, "contact.phone",
                "a phone number of 5-20 digits, spaces or hyphens, optionally starting with +"));
        if (email.isEmpty() && phone.isEmpty()) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "an e-mail address or a phone number is required",
                    "contact");
        }
    }

    public static ContactDetails of(String email, String phone) {
        return new ContactDetails(Optional.ofNullable(email), Optional.ofNullable(phone));
    }

    private static void requireEmail(String value) {
        if (value.length() > MAX_EMAIL_LENGTH) {
            throw DomainProblem.invalid(Checks.INVALID_VALUE, "contact.email is too long", "contact.email");
        }
        Checks.matches(value, EMAIL, "contact.email", "an e-mail address");
    }
}
