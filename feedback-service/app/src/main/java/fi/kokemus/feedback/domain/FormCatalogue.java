package fi.kokemus.feedback.domain;

import fi.kokemus.feedback.domain.FormDefinition.Rating;
import fi.kokemus.feedback.domain.FormDefinition.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every form version ever published, and which one each respondent gets now. To change a form, add
 * a new version here and point {@link #current} at it; old versions stay so old answers can be read.
 */
public final class FormCatalogue {

    public static final int TEXT_LIMIT = 2000;

    private static final List<FormDefinition> PUBLISHED = List.of(
            new FormDefinition("listener", 1, List.of(
                    new Rating("overall", true),
                    new Rating("useful", false),
                    new Text("comment", TEXT_LIMIT))),
            new FormDefinition("orderer", 1, List.of(
                    new Rating("overall", true),
                    new Rating("goals-met", true),
                    new Rating("cooperation", true),
                    new Text("comment", TEXT_LIMIT))),
            new FormDefinition("client", 1, List.of(
                    new Rating("overall", true),
                    new Rating("heard", true),
                    new Text("comment", TEXT_LIMIT))),
            new FormDefinition("self-assessment", 1, List.of(
                    new Rating("overall", true),
                    new Rating("preparation", true),
                    new Text("went-well", TEXT_LIMIT),
                    new Text("to-improve", TEXT_LIMIT))));

    private static final Map<Respondent, String> FORM_OF = Map.of(
            Respondent.LISTENER, "listener",
            Respondent.ORDERER, "orderer",
            Respondent.CLIENT, "client",
            Respondent.SELF_ASSESSMENT, "self-assessment");

    private FormCatalogue() {
    }

    /** The newest version of the respondent's form. */
    public static FormDefinition current(Respondent respondent) {
        String id = FORM_OF.get(respondent);
        return PUBLISHED.stream().filter(form -> form.id().equals(id))
                .reduce((older, newer) -> newer.version() > older.version() ? newer : older)
                .orElseThrow();
    }

    /** The respondent's form at {@code version}, if that version was published. */
    public static Optional<FormDefinition> find(Respondent respondent, int version) {
        String id = FORM_OF.get(respondent);
        return PUBLISHED.stream().filter(form -> form.id().equals(id) && form.version() == version).findFirst();
    }

    public static List<FormDefinition> all() {
        return PUBLISHED;
    }
}
