package fi.kokemus.feedback.adapter.in.web.followup;

import fi.kokemus.feedback.domain.FormCatalogue;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.followup.TaskCounts;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** Finnish names for the codes the report counts by; a code without a name is shown as it is. */
final class FollowUpLabels {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(TaskCounts.UNKNOWN, "Ei tiedossa"),
            Map.entry("ON_SITE", "Lähitoteutus"),
            Map.entry("REMOTE", "Etätoteutus"),
            Map.entry("PROFESSIONALS", "Ammattilaiset"),
            Map.entry("STUDENTS", "Opiskelijat"),
            Map.entry("CLIENTS", "Asiakkaat"),
            Map.entry("PUBLIC", "Suuri yleisö"),
            Map.entry(Respondent.LISTENER.name(), "Kuulijat"),
            Map.entry(Respondent.ORDERER.name(), "Tilaaja"),
            Map.entry(Respondent.CLIENT.name(), "Asiakas"),
            Map.entry(Respondent.SELF_ASSESSMENT.name(), "Itsearviointi"));

    private final MessageSource messages;

    FollowUpLabels(MessageSource messages) {
        this.messages = messages;
    }

    String of(Object code) {
        String text = String.valueOf(code);
        return NAMES.getOrDefault(text, text);
    }

    /** The rating question as the current form asks it in Finnish, or its key. */
    String question(Respondent respondent, String key) {
        var form = FormCatalogue.current(respondent);
        return messages.getMessage("form." + form.id() + ".v" + form.version() + "." + key, null, key, FINNISH);
    }
}
