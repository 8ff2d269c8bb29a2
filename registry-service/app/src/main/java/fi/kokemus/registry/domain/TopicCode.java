package fi.kokemus.registry.domain;

import java.util.regex.Pattern;

/** An experience topic or life situation, e.g. {@code MENTAL_HEALTH}. */
public record TopicCode(String value) implements Comparable<TopicCode> {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    static final String CODE_EXPECTATION = "an upper-case code such as MENTAL_HEALTH (2-64 of A-Z, 0-9, _)";

    public TopicCode {
        Checks.matches(value, CODE, "topic", CODE_EXPECTATION);
    }

    @Override
    public int compareTo(TopicCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
