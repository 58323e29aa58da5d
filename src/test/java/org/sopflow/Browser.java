package org.sopflow;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver; no tool downloads a browser.
 * Without them the test is skipped on a developer's machine and fails on CI ({@code CI=true}).
 */
public final class Browser implements AutoCloseable {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser open() {
    return open(java.util.Map.of());
  }

  /** A browser whose own clock runs in another time zone than the server's display zone, e.g. UTC. */
  public static Browser openInTimeZone(String zone) {
    return open(java.util.Map.of("TZ", zone));
  }

  private static Browser open(java.util.Map<String, String> environment) {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver; .ci/run installs them");
    }
    Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    try {
      Path profile = Files.createTempDirectory("sopflow-chromium-");
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
          "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
          .usingAnyFreePort().withEnvironment(environment).build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void get(String url) {
    driver.get(url);
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public WebElement waitClickable(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(locator));
  }

  public void waitUntilGone(By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  /** Types into a form field and waits until the form holds the text (a form-js re-render may eat keys). */
  public void type(By field, String text) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = waitFor(field);
      input.clear();
      input.sendKeys(text);
      if (text.equals(waitFor(field).getDomProperty("value"))) {
        return;
      }
    }
    throw new AssertionError("form field " + field + " does not keep its text");
  }

  /** Scrolls the element to the middle of the window first: Tasklist's footer covers the bottom edge. */
  public void click(By locator) {
    WebElement element = waitFor(locator);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", element);
    waitClickable(locator).click();
  }

  /** Logs in to a Camunda webapp ({@code .../camunda/app/tasklist/default/}) in a fresh session. */
  public void logIn(String webappUrl, String user, String password) {
    driver.manage().deleteAllCookies();
    get(webappUrl);
    waitFor(By.cssSelector("input[type=text]")).sendKeys(user);
    waitFor(By.cssSelector("input[type=password]")).sendKeys(password);
    waitClickable(By.cssSelector("button[type=submit]")).click();
    waitUntilGone(By.cssSelector("input[type=password]"));
  }

  /** In Tasklist: opens the task of that name from the list and claims it. */
  public void openAndClaim(String task) {
    waitClickable(By.partialLinkText(task)).click();
    waitClickable(By.xpath("//button[normalize-space()='Klaim']")).click();
    waitUntilGone(By.xpath("//button[normalize-space()='Klaim']"));
  }

  /** In Tasklist: completes the open task with its form. */
  public void completeTask() {
    click(By.xpath("//button[normalize-space()='Selesaikan']"));
    waitUntilGone(By.xpath("//button[normalize-space()='Selesaikan']"));
  }

  /** Saves what the browser shows, for reading a failure. */
  public void screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots");
      Files.createDirectories(target);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(target.resolve(name + ".png"), png);
      Files.write(target.resolve(name + ".console.txt"), driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .map(Object::toString).toList());
    } catch (IOException | RuntimeException e) {
      // a missing screenshot must not hide the real failure
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
