package dev.profilesync.standalone.http;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Headless Chromium from the system's packages, driven by the system's chromedriver. Both paths are explicit so
 * Selenium Manager never tries to download a driver or a browser (there is no network for that here).
 */
final class Browser {
    static final String DRIVER_PROPERTY = "profilesync.chromedriver";
    static final String CHROMIUM_PROPERTY = "profilesync.chromium";
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** Held so the level sticks: Selenium warns it has no DevTools bindings for this Chromium; none are used. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");
    private static final Logger CHROMIUM_LOG = Logger.getLogger("org.openqa.selenium.chromium");

    private Browser() {
    }

    static Path driverPath() {
        return Paths.get(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
    }

    static Path chromiumPath() {
        return Paths.get(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
    }

    static boolean available() {
        return Files.isExecutable(driverPath()) && Files.isExecutable(chromiumPath());
    }

    static ChromeDriver start(Path profile) {
        return start(profile, "en-GB");
    }

    /** A browser whose Accept-Language asks for this language first. */
    static ChromeDriver start(Path profile, String language) {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        CHROMIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", driverPath().toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverPath().toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromiumPath().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        // Headless Chromium takes Accept-Language from this preference; --lang alone sets only the UI language.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    static void screenshot(TakesScreenshot target, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = target.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name + " under " + SCREENSHOTS, e);
        }
    }

    /**
     * Clicks what loads a new page and waits until the old page is gone. Selenium's stalenessOf expects a stale
     * element exception only; while Chromium swaps documents it may also answer that the node "does not belong to the
     * document", which means the same.
     */
    static void clickAndAwaitNewPage(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        target.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        });
    }
}
