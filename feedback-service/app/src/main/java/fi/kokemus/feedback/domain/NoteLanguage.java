package fi.kokemus.feedback.domain;

import java.util.Arrays;
import java.util.Optional;

/** The languages a follow-up note can be written in: those the feedback pages are offered in. */
public enum NoteLanguage {
    FI("fi"),
    SV("sv"),
    EN("en");

    private final String code;

    NoteLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<NoteLanguage> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }
}
