package fi.kokemus.feedback.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.feedback.application.port.in.FollowOrderingUseCase;
import fi.kokemus.feedback.application.port.in.RecordFollowUpUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.FeedbackAnswer;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.FormCatalogue;
import fi.kokemus.feedback.domain.FormDefinition;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.SessionWork;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.feedback.fakes.MutableClockConfiguration;
import fi.kokemus.feedback.fakes.SampleWork;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.EmbeddedInfrastructure;
import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every form in every language filled in and sent in a real headless Chromium, against the service on a
 * real port; the answer is then read back from the store. The pages' Content-Security-Policy allows no
 * script, so these runs also show that the forms work without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=feedback-browser-test", "kokemus.feedback.public-answers-per-minute=1000"})
@Import(MutableClockConfiguration.class)
@DirtiesContext
class FeedbackFormsBrowserTest {

    private static final Instant REPORTED_AT = SampleWork.STARTS_AT.plus(Duration.ofHours(3));
    private static final String INJECTED = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    private static final Actor ORDERER = new Actor("sub-orderer.soite", "orderer.soite", Set.of(Role.ORDERER),
            SampleWork.COUNTY, SampleWork.UNIT);
    private static final Map<String, String> NOTE = Map.of(
            "fi", "Lisäsimme kokemuspuheenvuoron perehdytykseen. " + INJECTED,
            "sv", "Vi lade till ett erfarenhetsinlägg i introduktionen.",
            "en", "We added an experience talk to the induction.");
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    FollowOrderingUseCase ordering;
    @Autowired
    FeedbackTaskRepository tasks;
    @Autowired
    LinkKeys linkKeys;
    @Autowired
    MutableClock clock;
    @Autowired
    RecordFollowUpUseCase followUps;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().registerProperties(registry);
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void resetClockAndWindow() {
        clock.set(REPORTED_AT);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    static Stream<Arguments> everyFormInEveryLanguage() {
        return Stream.of(Respondent.values()).flatMap(respondent ->
                Stream.of("fi", "sv", "en").map(lang -> Arguments.of(respondent, lang)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyFormInEveryLanguage")
    void eachFormIsFilledInAndStoredInEachLanguageOnAPhoneSizedScreen(Respondent respondent, String lang) {
        FeedbackTask task = heldTask(respondent == Respondent.CLIENT);
        FormDefinition form = FormCatalogue.current(respondent);
        browser.manage().window().setSize(new Dimension(390, 844));

        browser.get(linkOf(task, respondent) + "?lang=" + lang);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(messages(lang).getString("form.heading." + respondent.name()));
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        String text = "Kiitos – tack – thanks (" + lang + ")";
        fill(form, 4, text);
        submit();

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(messages(lang).getString("thanks.title"));
        assertThat(storedAnswers(task, respondent)).singleElement().satisfies(answer -> {
            assertThat(answer.formId()).isEqualTo(form.id());
            assertThat(answer.formVersion()).isEqualTo(form.version());
            assertThat(answer.ratings()).hasSize(ratingCount(form)).containsValue(4).doesNotContainValue(1);
            assertThat(answer.texts().values()).containsOnly(text);
        });
    }

    @Test
    void theLanguageSwitchChangesThePageLanguage() {
        FeedbackTask task = heldTask(false);
        browser.get(linkOf(task, Respondent.LISTENER));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fi");

        browser.findElement(By.linkText("På svenska")).click();

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Respons från åhörare");
    }

    @Test
    void aMissingRatingIsExplainedWithALinkToTheFieldAndInjectedScriptStaysText() {
        FeedbackTask task = heldTask(false);
        browser.get(linkOf(task, Respondent.LISTENER) + "?lang=en");

        browser.findElement(By.id("q-comment")).sendKeys(INJECTED);
        submit();

        assertThat(browser.getTitle()).startsWith("Error:");
        WebElement summaryLink = browser.findElement(By.cssSelector(".error-summary a"));
        assertThat(summaryLink.getText()).contains("Choose a rating.");
        summaryLink.click();
        assertThat(browser.getCurrentUrl()).endsWith("#q-overall-1");
        assertThat(browser.findElement(By.id("q-overall-1")).getAttribute("aria-describedby")).isNull();
        assertThat(browser.findElement(By.cssSelector("fieldset[aria-describedby='q-overall-1-error']")).getText())
                .contains("Choose a rating.");
        assertNoAlert(browser);
        assertThat(browser.findElement(By.id("q-comment")).getAttribute("value")).isEqualTo(INJECTED);
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThat(storedAnswers(task, Respondent.LISTENER)).isEmpty();

        browser.findElement(By.id("q-overall-2")).click();
        submit();

        assertNoAlert(browser);
        assertThat(storedAnswers(task, Respondent.LISTENER)).singleElement()
                .satisfies(answer -> assertThat(answer.texts()).containsEntry("comment", INJECTED));
    }

    @Test
    void aPersonalLinkTakesOneAnswerEvenWhenTheFormIsSentAgain() {
        FeedbackTask task = heldTask(false);
        String link = linkOf(task, Respondent.ORDERER) + "?lang=en";
        browser.get(link);
        fill(FormCatalogue.current(Respondent.ORDERER), 5, "");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your feedback");

        browser.navigate().back();
        browser.navigate().refresh();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link has already been answered");
        assertThat(storedAnswers(task, Respondent.ORDERER)).hasSize(1);
    }

    @Test
    void aFormOpenedBeforeItsLinkExpiredTakesNothingAfterwards() {
        FeedbackTask task = heldTask(false);
        browser.get(linkOf(task, Respondent.SELF_ASSESSMENT) + "?lang=sv");
        fill(FormCatalogue.current(Respondent.SELF_ASSESSMENT), 3, "sent too late");

        clock.advance(Duration.ofDays(31));
        submit();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Länken har gått ut");
        browser.get(linkOf(task, Respondent.SELF_ASSESSMENT));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Linkki on vanhentunut");
        assertThat(storedAnswers(task, Respondent.SELF_ASSESSMENT)).isEmpty();
    }

    @Test
    void everyKindOfPageMeetsWcag21AaAsAxeChecksIt() {
        FeedbackTask clientWork = heldTask(true);
        FeedbackTask lecture = heldTask(false);
        for (Respondent respondent : Respondent.values()) {
            FeedbackTask task = respondent == Respondent.CLIENT ? clientWork : lecture;
            for (String lang : new String[] {"fi", "sv", "en"}) {
                browser.get(linkOf(task, respondent) + "?lang=" + lang);
                assertAccessible("form " + respondent + " " + lang);
            }
        }
        browser.get(linkOf(lecture, Respondent.ORDERER));
        submit();
        assertAccessible("form with errors");
        fill(FormCatalogue.current(Respondent.ORDERER), 5, "");
        submit();
        assertAccessible("thanks");
        browser.get(linkOf(lecture, Respondent.ORDERER));
        assertAccessible("link already answered");
        browser.get("http://localhost:" + port + "/api/feedback/public/unknown");
        assertAccessible("link not found");
    }

    @Test
    void aListenerSeesTheUnitsNoteInEachLanguageAsTextThatRunsNothing() {
        FeedbackTask task = heldTask(false);
        followUps.record(ORDERER, task.id(), NOTE);

        for (String lang : List.of("fi", "sv", "en")) {
            browser.get(linkOf(task, Respondent.LISTENER) + "?lang=" + lang);

            WebElement note = browser.findElement(By.cssSelector(".follow-up"));
            assertThat(note.findElement(By.tagName("h2")).getText()).isEqualTo(Map.of(
                    "fi", "Näin palautetta on käytetty", "sv", "Så här har responsen använts",
                    "en", "How the feedback was used").get(lang));
            WebElement text = note.findElement(By.cssSelector(".follow-up-text"));
            assertThat(text.getText()).isEqualTo(NOTE.get(lang));
            assertThat(text.getAttribute("lang")).isEqualTo(lang);
            assertNoAlert(browser);
            assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
            assertAccessible("audience form with the note in " + lang);
        }
    }

    @Test
    void theOrdererSeesTheNoteAfterAnsweringTheirPersonalLink() {
        FeedbackTask task = heldTask(false);
        followUps.record(ORDERER, task.id(), Map.of("fi", NOTE.get("fi")));
        browser.get(linkOf(task, Respondent.ORDERER) + "?lang=en");
        assertThat(browser.findElements(By.cssSelector(".follow-up"))).isEmpty();

        fill(FormCatalogue.current(Respondent.ORDERER), 4, "");
        submit();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your feedback");
        WebElement text = browser.findElement(By.cssSelector(".follow-up-text"));
        assertThat(text.getText()).isEqualTo(NOTE.get("fi"));
        assertThat(text.getAttribute("lang")).isEqualTo("fi");
        assertAccessible("thanks page with a note in another language");
    }

    private static void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getViolations()).as("axe violations on %s", page)
                .extracting(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getHtml()).toList())
                .isEmpty();
        assertThat(results.getPasses()).as("axe checked %s", page).isNotEmpty();
    }

    /** Sends the form and waits until the browser has left the page it was on. */
    private static void submit() {
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        button.click();
        // While the page is being replaced Chrome may answer "node does not belong to the document": ask again.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(button));
    }

    private void fill(FormDefinition form, int rating, String text) {
        for (FormDefinition.Question question : form.questions()) {
            if (question instanceof FormDefinition.Rating) {
                browser.findElement(By.cssSelector("label[for='q-" + question.key() + "-" + rating + "']")).click();
            } else if (!text.isEmpty()) {
                browser.findElement(By.id("q-" + question.key())).sendKeys(text);
            }
        }
    }

    private static int ratingCount(FormDefinition form) {
        return (int) form.questions().stream().filter(FormDefinition.Rating.class::isInstance).count();
    }

    private static void assertNoAlert(WebDriver driver) {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private static ResourceBundle messages(String lang) {
        return ResourceBundle.getBundle("messages/feedback-forms", java.util.Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private FeedbackTask heldTask(boolean clientWork) {
        SessionWork work = SampleWork.work("order-" + UUID.randomUUID(), "a-" + UUID.randomUUID(), "s-1", clientWork);
        SampleWork.hold(ordering, work);
        return tasks.find(TaskId.of(work)).orElseThrow();
    }

    private String linkOf(FeedbackTask task, Respondent respondent) {
        return "http://localhost:" + port + "/api/feedback/public/"
                + linkKeys.tokenOf(task.request(respondent).orElseThrow().linkId()).value();
    }

    private List<FeedbackAnswer> storedAnswers(FeedbackTask task, Respondent respondent) {
        return tasks.find(task.id()).orElseThrow().request(respondent).orElseThrow().answers();
    }
}
