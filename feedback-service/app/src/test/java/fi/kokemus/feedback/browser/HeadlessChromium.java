package fi.kokemus.feedback.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver (installed by deploy/browser/ensure-chromium.sh before the tests
 * run), started headless with a fresh profile and nothing that reaches outside this machine.
 */
public final class HeadlessChromium {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // A browser set to Finnish, as most respondents' are: pages without ?lang= follow it.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fi-FI,fi"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + freshProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** One browser per test class ({@code @RegisterExtension}): started before its first test, quit after its last. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private ChromeDriver driver;

        public ChromeDriver driver() {
            return driver;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            driver = start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private static String freshProfile() {
        try {
            Path profile = Files.createTempDirectory("feedback-chromium-");
            profile.toFile().deleteOnExit();
            return profile.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
