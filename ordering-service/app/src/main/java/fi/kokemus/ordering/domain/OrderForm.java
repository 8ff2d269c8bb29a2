package fi.kokemus.ordering.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * What the ordering unit asks for (the order form).
 *
 * @param taskType        task type code from the county's catalogue, e.g. {@code LECTURE_REGIONAL}
 * @param startsAt        start of the work, kept to the millisecond (the precision the database stores)
 * @param durationMinutes planned length of the work
 * @param language        ISO 639-1 code of the language the work is done in
 * @param description     free text for the expert, may be empty
 */
public record OrderForm(
        String taskType,
        String topic,
        Audience audience,
        Instant startsAt,
        int durationMinutes,
        Venue venue,
        String costCentre,
        String language,
        String description) {

    public static final int MIN_DURATION_MINUTES = 15;
    public static final int MAX_DURATION_MINUTES = 1440;
    public static final int MAX_TOPIC_LENGTH = 200;
    public static final int MAX_COST_CENTRE_LENGTH = 64;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final String TASK_TYPE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";
    public static final String LANGUAGE_PATTERN = "[a-z]{2}";

    private static final Pattern TASK_TYPE = Pattern.compile(TASK_TYPE_PATTERN);
    private static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_PATTERN);

    public OrderForm {
        Checks.matching(taskType, TASK_TYPE, "taskType");
        topic = Checks.text(topic, "topic", MAX_TOPIC_LENGTH);
        Checks.required(audience, "audience");
        startsAt = Checks.required(startsAt, "startsAt").truncatedTo(ChronoUnit.MILLIS);
        Checks.between(durationMinutes, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES, "durationMinutes");
        Checks.required(venue, "place");
        costCentre = Checks.text(costCentre, "costCentre", MAX_COST_CENTRE_LENGTH);
        Checks.matching(language, LANGUAGE, "language");
        description = description == null ? "" : Checks.optionalText(description, "description", MAX_DESCRIPTION_LENGTH);
    }
}
