package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The task types each county orders, from the counties' own catalogues. */
public final class TaskCatalogue {

    public static final String SOITE = "keski-pohjanmaa";
    public static final String ITA_UUSIMAA = "ita-uusimaa";
    public static final String POHJOIS_POHJANMAA = "pohjois-pohjanmaa";

    private static final Map<String, Map<String, TaskType>> BY_COUNTY = Map.of(
            SOITE, catalogue(
                    client("CLIENT_SUPPORT"), group("GROUP_CO_LEADING"), single("STORY_TELLING"),
                    single("DEVELOPMENT_GROUP"), single("DEVELOPMENT_GROUP_PREPARED"),
                    single("LECTURE_REGIONAL"), single("LECTURE_NATIONAL")),
            ITA_UUSIMAA, catalogue(
                    client("INDIVIDUAL_WORK"), client("PAIR_WORK"), group("GROUP_GUIDANCE"),
                    single("LECTURE"), single("DEVELOPMENT_WORK")),
            POHJOIS_POHJANMAA, catalogue(
                    single("WORKING_GROUP_MEMBER"), single("WORKSHOP_PARTICIPANT"), single("TESTING_OR_RESEARCH"),
                    single("SIMULATION_ROLE"), single("RECRUITMENT_INTERVIEWER"), single("LECTURE"),
                    group("WORKSHOP_CO_FACILITATOR"), single("PANEL_MEMBER"), single("SEMINAR_PRESENTER"),
                    single("DISCUSSION_PARTNER"), single("DEVELOPMENT_PARTNER")));

    private TaskCatalogue() {
    }

    /** The county's task type with this code; anything else is refused. */
    public static TaskType require(String county, String code) {
        TaskType type = BY_COUNTY.getOrDefault(county, Map.of()).get(code);
        if (type == null) {
            throw DomainProblem.invalid("unknown-task-type",
                    "Task type " + code + " is not in the catalogue of " + county, "taskType");
        }
        return type;
    }

    private static Map<String, TaskType> catalogue(TaskType... types) {
        return Stream.of(types).collect(Collectors.toUnmodifiableMap(TaskType::code, Function.identity()));
    }

    private static TaskType client(String code) {
        return new TaskType(code, true, false);
    }

    private static TaskType group(String code) {
        return new TaskType(code, false, true);
    }

    private static TaskType single(String code) {
        return new TaskType(code, false, false);
    }
}
