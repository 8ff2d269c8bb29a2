package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.application.port.in.FeedbackLinkView;
import fi.kokemus.feedback.domain.FormDefinition;
import fi.kokemus.feedback.domain.FormDefinition.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the form template shows: each question with its wording key, the value filled in so far and its error.
 * Every value is shown through the template's escaping.
 */
public record FormPage(FeedbackLinkView link, List<Field> fields, List<Field> errors) {

    /** Names the form's fields carry, so that no question key can clash with {@code lang} or the version. */
    static final String FIELD_PREFIX = "q.";

    /**
     * @param id       the element id of the field (of the first radio button for a rating), for labels and error links
     * @param labelKey the message key of the question's wording in this form version
     * @param error    the message key of what is wrong with the value, if anything
     */
    public record Field(String key, String id, String labelKey, boolean rating, boolean required, int maxLength,
            String value, Optional<String> error) {

        public String name() {
            return FIELD_PREFIX + key;
        }

        public String errorId() {
            return id + "-error";
        }
    }

    static FormPage of(FeedbackLinkView link, Map<String, String> values, List<FieldError> errors) {
        FormDefinition form = link.form();
        List<Field> fields = form.questions().stream().map(question -> {
            boolean rating = question instanceof FormDefinition.Rating;
            Optional<String> error = errors.stream().filter(problem -> problem.key().equals(question.key()))
                    .findFirst().map(problem -> "error." + problem.problem().name());
            return new Field(question.key(), "q-" + question.key() + (rating ? "-1" : ""),
                    "form." + form.id() + ".v" + form.version() + "." + question.key(), rating,
                    question instanceof FormDefinition.Rating r && r.required(),
                    question instanceof FormDefinition.Text text ? text.maxLength() : 0,
                    values.getOrDefault(question.key(), ""), error);
        }).toList();
        return new FormPage(link, fields, fields.stream().filter(field -> field.error().isPresent()).toList());
    }
}
