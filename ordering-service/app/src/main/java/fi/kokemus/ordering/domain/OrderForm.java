package fi.kokemus.ordering.domain;

import java.util.regex.Pattern;

/**
 * What the ordering unit asks for, apart from the schedule.
 *
 * @param taskType            code from the county's {@link TaskCatalogue}
 * @param experienceWanted    the lived experience wanted, free text, may be empty
 * @param language            ISO 639-1 code of the language the work is done in
 * @param expertsNeeded       how many experts the work needs (each accepted one is an assignment)
 * @param preparationExpected the unit expects advance preparation (some tariffs pay more for it)
 * @param consent             the client's consent; required for one-to-one client work
 * @param description         free text for the expert, may be empty
 */
public record OrderForm(
        String taskType,
        ExpertRole role,
        String topic,
        String experienceWanted,
        Audience audience,
        Venue venue,
        String language,
        int expertsNeeded,
        boolean preparationExpected,
        EventScope eventScope,
        String costCentre,
        ClientConsent consent,
        String description) {

    public static final int MAX_EXPERTS = 5;
    public static final int MAX_TOPIC_LENGTH = 200;
    public static final int MAX_COST_CENTRE_LENGTH = 64;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final String TASK_TYPE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";
    public static final String LANGUAGE_PATTERN = "[a-z]{2}";

    private static final Pattern TASK_TYPE = Pattern.compile(TASK_TYPE_PATTERN);
    private static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_PATTERN);

    public OrderForm {
        Checks.matching(taskType, TASK_TYPE, "taskType");
        Checks.required(role, "role");
        topic = Checks.text(topic, "topic", MAX_TOPIC_LENGTH);
        experienceWanted = experienceWanted == null ? "" : Checks.optionalText(experienceWanted, "experienceWanted", MAX_TOPIC_LENGTH);
        Checks.required(audience, "audience");
        Checks.required(venue, "place");
        Checks.matching(language, LANGUAGE, "language");
        Checks.between(expertsNeeded, 1, MAX_EXPERTS, "expertsNeeded");
        Checks.required(eventScope, "eventScope");
        costCentre = Checks.text(costCentre, "costCentre", MAX_COST_CENTRE_LENGTH);
        description = description == null ? "" : Checks.optionalText(description, "description", MAX_DESCRIPTION_LENGTH);
    }
}
