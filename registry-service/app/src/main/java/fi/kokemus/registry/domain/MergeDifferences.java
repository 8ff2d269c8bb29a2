package fi.kokemus.registry.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the record merged away held differently from the record kept. The merge copies none of it:
 * the kept record's owning NGO corrects its data if the retired record was right. Only field names
 * are listed, so nothing sensitive is repeated.
 */
public final class MergeDifferences {

    private static final Map<String, Function<Expert, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("username", expert -> expert.profile().username());
        FIELDS.put("name", expert -> expert.profile().name());
        FIELDS.put("homeCounty", expert -> expert.profile().homeCounty());
        FIELDS.put("municipality", expert -> expert.profile().municipality());
        FIELDS.put("roles", expert -> expert.profile().roles());
        FIELDS.put("trainings", expert -> expert.profile().trainings());
        FIELDS.put("topics", expert -> expert.profile().topics());
        FIELDS.put("lifeSituations", expert -> expert.profile().lifeSituations());
        FIELDS.put("diagnoses", expert -> expert.profile().diagnoses());
        FIELDS.put("feeWanted", expert -> expert.profile().feeWanted());
        FIELDS.put("email", expert -> expert.profile().preferences().contact().email());
        FIELDS.put("phone", expert -> expert.profile().preferences().contact().phone());
        FIELDS.put("languages", expert -> expert.profile().preferences().languages());
        FIELDS.put("taskTypes", expert -> expert.profile().preferences().taskTypes());
        FIELDS.put("wishes", expert -> expert.profile().preferences().wishes());
        FIELDS.put("consents", expert -> expert.state().consents());
        FIELDS.put("availability", expert -> expert.state().availability());
        FIELDS.put("contracts", expert -> expert.state().contracts());
        FIELDS.put("confidentialityCommitment", expert -> expert.state().confidentialityCommitment());
        FIELDS.put("mentor", expert -> expert.state().mentor());
    }

    private MergeDifferences() {
    }

    /** The fields, in a fixed order, whose values differ between the two records. */
    public static List<String> between(Expert kept, Expert retired) {
        List<String> differing = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            if (!Objects.equals(value.apply(kept), value.apply(retired))) {
                differing.add(field);
            }
        });
        return List.copyOf(differing);
    }
}
