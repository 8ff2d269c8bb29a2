package fi.kokemus.registry.domain;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Normalised traits by which records from different organisations may turn out to be the same
 * person: the e-mail address, the phone number and the full name within a municipality. Two
 * records sharing a key are flagged for a coordinator, never merged.
 */
public final class MatchKeys {

    private static final String FINNISH_PREFIX = "358";

    private MatchKeys() {
    }

    public static Set<String> of(ExpertProfile profile) {
        Set<String> keys = new HashSet<>();
        ContactDetails contact = profile.preferences().contact();
        contact.email().ifPresent(email ->
                keys.add(DuplicateReason.SAME_EMAIL.key(email.strip().toLowerCase(Locale.ROOT))));
        contact.phone().ifPresent(phone -> keys.add(DuplicateReason.SAME_PHONE.key(phoneKey(phone))));
        keys.add(DuplicateReason.SAME_NAME_AND_MUNICIPALITY.key(
                nameKey(profile.name()) + "@" + profile.municipality().value()));
        return Set.copyOf(keys);
    }

    /** The reasons behind the keys both records have. */
    public static Set<DuplicateReason> reasonsShared(Set<String> keys, Set<String> otherKeys) {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        keys.stream().filter(otherKeys::contains).map(DuplicateReason::ofKey).forEach(reasons::add);
        return reasons;
    }

    /** Digits only, with the international +358 / 00358 prefix written as the domestic 0. */
    static String phoneKey(String phone) {
        String trimmed = phone.strip();
        String digits = trimmed.replaceAll("[^0-9]", "");
        boolean international = trimmed.startsWith("+") || digits.startsWith("00");
        String withoutExitCode = digits.startsWith("00") ? digits.substring(2) : digits;
        if (international && withoutExitCode.startsWith(FINNISH_PREFIX)) {
            return "0" + withoutExitCode.substring(FINNISH_PREFIX.length());
        }
        return international ? "+" + withoutExitCode : digits;
    }

    private static String nameKey(PersonName name) {
        return String.join(" ", (name.firstName() + " " + name.lastName()).strip().toLowerCase(Locale.ROOT)
                .split("\\s+"));
    }
}
