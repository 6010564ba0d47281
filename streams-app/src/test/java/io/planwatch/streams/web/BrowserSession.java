package io.planwatch.streams.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by chromedriver, both from the system's packages (Debian's {@code
 * chromium} and {@code chromium-driver}); a test that needs them is skipped when they are absent.
 * Each session has a fresh profile, keeps the browser's console log, and saves screenshots under
 * {@code target/screenshots}.
 */
final class BrowserSession implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private BrowserSession(final ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // The page re-renders while a condition is checked: an element found a moment ago may be gone.
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** Skips the calling test (JUnit assumption) unless Chromium and chromedriver are installed. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "The browser test needs Chromium and chromedriver at "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (Debian: apt-get install chromium chromium-driver); skipped without them.");
  }

  static BrowserSession open(final Path profile) {
    final ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--lang=zh-CN",
        "--user-data-dir=" + profile.toAbsolutePath());
    final LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    final ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new BrowserSession(new ChromeDriver(service, options));
  }

  ChromeDriver driver() {
    return driver;
  }

  void get(final String url) {
    driver.get(url);
  }

  WebElement await(final By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  List<WebElement> all(final By by) {
    return driver.findElements(by);
  }

  void until(final java.util.function.Function<ChromeDriver, Boolean> condition) {
    wait.until(d -> condition.apply(driver));
  }

  Object script(final String js, final Object... args) {
    return driver.executeScript(js, args);
  }

  /** The console entries logged as errors since the last call (uncaught exceptions included). */
  List<String> errors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::toString)
        .toList();
  }

  Path screenshot(final String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      final Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
