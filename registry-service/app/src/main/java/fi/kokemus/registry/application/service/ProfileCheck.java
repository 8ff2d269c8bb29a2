package fi.kokemus.registry.application.service;

import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.Preferences;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.reference.Municipalities;
import fi.kokemus.registry.domain.taxonomy.TaxonomyKind;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a profile against the reference data: a real municipality in the stated county, and
 * codes the maintained taxonomy knows and has not retired (the taxonomy lives in a store, so the
 * check is here rather than in the domain).
 */
public class ProfileCheck {

    private final TaxonomyCheck taxonomy;
    private final Municipalities municipalities;

    public ProfileCheck(TaxonomyCheck taxonomy, Municipalities municipalities) {
        this.taxonomy = taxonomy;
        this.municipalities = municipalities;
    }

    public void requireValid(ExpertProfile profile) {
        municipalities.requireIn(profile.municipality(), profile.homeCounty(), "municipality");
        taxonomy.requireKnown(TaxonomyKind.TOPIC, codes(profile.topics(), TopicCode::value), "topics");
        taxonomy.requireKnown(TaxonomyKind.LIFE_SITUATION, codes(profile.lifeSituations(), TopicCode::value),
                "lifeSituations");
        taxonomy.requireKnown(TaxonomyKind.DIAGNOSIS, codes(profile.diagnoses(), DiagnosisCode::value), "diagnoses");
        requireValid(profile.preferences());
    }

    public void requireValid(Preferences preferences) {
        taxonomy.requireKnown(TaxonomyKind.TASK_TYPE, codes(preferences.taskTypes(), TaskTypeCode::value),
                "taskTypes");
    }

    private static <T> List<String> codes(Collection<T> values, Function<T, String> code) {
        return values.stream().map(code).toList();
    }
}
