package fi.kokemus.registry.domain;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the expert says about how and where they work. The NGO records it when the member joins;
 * once the expert edits it themselves, it is theirs and the NGO's sync no longer overwrites it.
 *
 * @param contact private: only in the full record, never in public views or events
 * @param wishes  free text to coordinators, e.g. "no evening tasks"
 */
public record Preferences(ContactDetails contact, Set<LanguageCode> languages, Set<TaskTypeCode> taskTypes,
        Optional<String> wishes) {

    public static final int MAX_LANGUAGES = 20;
    public static final int MAX_TASK_TYPES = 50;
    public static final int MAX_WISHES_LENGTH = 1000;
    private static final Pattern WISHES = Pattern.compile("(?U)(?:[^\\p{Cntrl}]|[\\n\\t]){1," + MAX_WISHES_LENGTH + "}");

    public Preferences {
        Checks.present(contact, "contact");
        languages = Checks.sortedSet(languages, 1, MAX_LANGUAGES, "languages");
        taskTypes = Checks.sortedSet(taskTypes, 0, MAX_TASK_TYPES, "taskTypes");
        Checks.present(wishes, "wishes");
        wishes = wishes.map(String::strip).filter(text -> !text.isEmpty());
        wishes.ifPresent(text -> Checks.matches(text, WISHES, "wishes", "at most " + MAX_WISHES_LENGTH + " characters, no control characters but line breaks and tabs"));
    }
}
