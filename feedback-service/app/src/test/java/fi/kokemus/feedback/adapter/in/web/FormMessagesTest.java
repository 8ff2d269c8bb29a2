package fi.kokemus.feedback.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.feedback.domain.FormCatalogue;
import fi.kokemus.feedback.domain.FormDefinition;
import fi.kokemus.feedback.domain.LinkState;
import fi.kokemus.feedback.domain.Respondent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every page text, question wording and state explanation exists in Finnish, Swedish and English alike. */
class FormMessagesTest {

    private static final String[] FILES = {
        "messages/feedback-forms.properties", "messages/feedback-forms_sv.properties", "messages/feedback-forms_en.properties",
    };

    @Test
    void theThreeLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties finnish = load(FILES[0]);
        for (String file : FILES) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file).isEqualTo(finnish.stringPropertyNames());
            assertThat(messages.values()).as(file).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        }
    }

    @Test
    void everyPublishedQuestionRespondentAndClosedStateHasItsText() throws IOException {
        Properties finnish = load(FILES[0]);
        for (FormDefinition form : FormCatalogue.all()) {
            form.questions().forEach(question -> assertThat(finnish)
                    .containsKey("form." + form.id() + ".v" + form.version() + "." + question.key()));
        }
        for (Respondent respondent : Respondent.values()) {
            assertThat(finnish).containsKeys("form.heading." + respondent, "form.intro." + respondent);
        }
        for (LinkState state : LinkState.values()) {
            if (state != LinkState.OPEN) {
                assertThat(finnish).containsKeys("unavailable." + state + ".title", "unavailable." + state + ".text");
            }
        }
        for (FormDefinition.Problem problem : FormDefinition.Problem.values()) {
            assertThat(finnish).containsKey("error." + problem);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormMessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
