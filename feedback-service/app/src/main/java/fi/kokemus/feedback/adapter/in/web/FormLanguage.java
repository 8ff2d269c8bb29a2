package fi.kokemus.feedback.adapter.in.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the forms are offered in; Finnish when the person's choice and browser say nothing we have. */
public enum FormLanguage {
    FI("fi", "Suomeksi"),
    SV("sv", "På svenska"),
    EN("en", "In English");

    private final String code;
    private final String ownName;

    FormLanguage(String code, String ownName) {
        this.code = code;
        this.ownName = ownName;
    }

    public String code() {
        return code;
    }

    /** The language's name in itself, for the language switch. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** An explicit {@code ?lang=} choice first, then the browser's Accept-Language, then Finnish. */
    public static FormLanguage resolve(String choice, String acceptLanguage) {
        return of(choice).or(() -> preferred(acceptLanguage)).orElse(FI);
    }

    private static Optional<FormLanguage> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    private static Optional<FormLanguage> preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            List<String> codes = Arrays.stream(values()).map(FormLanguage::code).toList();
            return Optional.ofNullable(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), codes))
                    .flatMap(FormLanguage::of);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
