package fi.kokemus.feedback.adapter.in.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import fi.kokemus.feedback.browser.HeadlessChromium;
import fi.kokemus.feedback.domain.followup.ExpertCoverage;
import fi.kokemus.feedback.domain.followup.FollowUpReport;
import fi.kokemus.feedback.followup.FollowUpFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The follow-up page of the fixture year, rendered by the service's template and opened in a real
 * headless Chromium: axe-core's WCAG 2.1 A/AA rules, names shown as text, and a phone-sized window.
 */
class FollowUpPageBrowserTest {

    @RegisterExtension
    static final HeadlessChromium.PerClass CHROMIUM = new HeadlessChromium.PerClass();

    @Test
    void theYearsPageMeetsWcag21AaAndShowsNamesAsText() throws Exception {
        FollowUpReport report = withIdleExpertNamed("<img src=x onerror=alert(1)> K.");
        Path page = Files.createTempFile("follow-up-", ".html");
        page.toFile().deleteOnExit();
        Files.writeString(page, render(report), StandardCharsets.UTF_8);

        ChromeDriver browser = CHROMIUM.driver();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(page.toUri().toString());

        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getViolations())
                .extracting(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getHtml()).toList())
                .isEmpty();
        assertThat(results.getPasses()).isNotEmpty();
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElement(By.id("ilman-tehtavia-taulukko")).getText())
                .contains("<img src=x onerror=alert(1)> K.");
        assertThat(browser.findElements(By.cssSelector("svg[role=img] > title"))).hasSize(6);
    }

    @Test
    void thePageFitsAPhoneWithoutSidewaysScrolling() throws Exception {
        Path page = Files.createTempFile("follow-up-phone-", ".html");
        page.toFile().deleteOnExit();
        Files.writeString(page, render(FollowUpFixtures.EXPECTED), StandardCharsets.UTF_8);

        ChromeDriver browser = CHROMIUM.driver();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(page.toUri().toString());

        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    private static FollowUpReport withIdleExpertNamed(String name) {
        FollowUpReport year = FollowUpFixtures.EXPECTED;
        return new FollowUpReport(year.county(), year.period(), year.tasks(), year.feedback(), year.fees(),
                new ExpertCoverage(year.experts().serving(), List.of(
                        new ExpertCoverage.IdleExpert("expert-x", name, "ngo-keski", true))));
    }

    /** The page as the controller renders it: the same template, the forms' Finnish texts. */
    private static String render(FollowUpReport report) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/feedback-forms");
        messages.setDefaultEncoding("UTF-8");
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        Context context = new Context(Locale.forLanguageTag("fi"));
        context.setVariable("page", FollowUpPage.of(report, new FollowUpLabels(messages)));
        return engine.process("followup/report", context);
    }
}
