package fi.kokemus.feedback.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import fi.kokemus.feedback.application.port.in.FollowOrderingUseCase;
import fi.kokemus.feedback.application.port.in.RecordFollowUpUseCase;
import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.FeedbackTask;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
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

/** People who gave feedback see, in a real headless Chromium, how the unit used it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=feedback-follow-up-browser-test",
            "kokemus.feedback.public-answers-per-minute=1000"})
@Import(MutableClockConfiguration.class)
@DirtiesContext
class FollowUpBrowserTest {

    private static final Actor ORDERER = new Actor("sub-orderer.soite", "orderer.soite", Set.of(Role.ORDERER),
            SampleWork.COUNTY, SampleWork.UNIT);
    private static final String INJECTED = "<script>alert('x')</script><img src=x onerror=alert(1)>";
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
    void resetClock() {
        clock.set(SampleWork.STARTS_AT.plus(Duration.ofDays(2)));
    }

    @Test
    void aListenerSeesTheUnitsNoteInEachLanguageAsTextThatRunsNothing() {
        FeedbackTask task = heldLecture();
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
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
            assertAccessible("audience form with the note in " + lang);
        }
    }

    @Test
    void theOrdererSeesTheNoteAfterAnsweringTheirPersonalLink() {
        FeedbackTask task = heldLecture();
        followUps.record(ORDERER, task.id(), Map.of("fi", NOTE.get("fi")));
        browser.get(linkOf(task, Respondent.ORDERER) + "?lang=en");
        assertThat(browser.findElements(By.cssSelector(".follow-up"))).isEmpty();

        for (String question : List.of("overall", "goals-met", "cooperation")) {
            browser.findElement(By.cssSelector("label[for='q-" + question + "-4']")).click();
        }
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your feedback");
        WebElement text = browser.findElement(By.cssSelector(".follow-up-text"));
        assertThat(text.getText()).isEqualTo(NOTE.get("fi"));
        assertThat(text.getAttribute("lang")).isEqualTo("fi");
        assertAccessible("thanks page with a note in another language");
    }

    private static void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertThat(results.getViolations()).as("axe violations on %s", page)
                .extracting(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getHtml()).toList())
                .isEmpty();
    }

    private FeedbackTask heldLecture() {
        String assignment = "a-" + UUID.randomUUID();
        SessionWork work = SampleWork.work("order-" + assignment, assignment, "s-1", false);
        SampleWork.hold(ordering, work);
        return tasks.find(TaskId.of(work)).orElseThrow();
    }

    private String linkOf(FeedbackTask task, Respondent respondent) {
        return "http://localhost:" + port + "/api/feedback/public/"
                + linkKeys.tokenOf(task.request(respondent).orElseThrow().linkId()).value();
    }
}
