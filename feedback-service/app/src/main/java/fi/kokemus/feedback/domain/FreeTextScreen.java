package fi.kokemus.feedback.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks contact details and identity codes in free-text feedback before anyone reads it, so that an
 * answer cannot name or reach a person. Each kind of detail is replaced by a typed marker, so the reader
 * still sees that something was removed and what kind of thing it was. The screen errs on the side of
 * masking: an identity code is masked by its shape even when its check character is wrong.
 */
public final class FreeTextScreen {

    public static final String EMAIL = "[sähköposti]";
    public static final String IDENTITY_CODE = "[henkilötunnus]";
    public static final String PHONE = "[puhelinnumero]";

    private record Rule(Pattern pattern, String marker) {
    }

    /** Order matters: identity codes and e-mail addresses contain digit runs the phone rule would otherwise take. */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}"), EMAIL),
            // DDMMYY, century sign (+, -, A-F, or the 2023 additions U-Y), individual number, check character.
            new Rule(Pattern.compile(
                    "(?<![\\p{L}0-9])(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}[-+A-FU-Y][0-9]{3}[0-9A-Y](?![\\p{L}0-9])",
                    Pattern.CASE_INSENSITIVE), IDENTITY_CODE),
            // International form: +358 or 00358, an optional (0), then 5 to 10 digits in groups.
            new Rule(Pattern.compile("(?:\\+|(?<![0-9])00)358(?:[ -]?\\(0\\))?(?:[ -]?[0-9]){5,10}(?![\\p{L}0-9])"), PHONE),
            // Domestic form: a 2-4 digit prefix starting 0 (never 00) and a subscriber number of 3+ digits;
            // digits joined by . , / or - to it belong to a date or an amount instead.
            new Rule(Pattern.compile("(?<![\\p{L}0-9]|[0-9][.,/-])0[1-9][0-9]{0,2}[ -]?[0-9]{3,4}(?:[ -]?[0-9]{2,4})?(?![\\p{L}0-9]|[.,/-][0-9])"),
                    PHONE));

    private FreeTextScreen() {
    }

    public static String screen(String text) {
        String screened = text;
        for (Rule rule : RULES) {
            screened = rule.pattern().matcher(screened).replaceAll(rule.marker());
        }
        return screened;
    }
}
