package io.reformbench.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium for page tests: no network beyond 127.0.0.1, waits on conditions, never on sleeps. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts Chromium with the given preferred language, e.g. {@code zh-CN} or {@code en-US}. */
    public static Browser start(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("reformbench.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        return new Browser(new ChromeDriver(options));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void awaitAjax() {
        await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);"));
    }

    public <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Saves a screenshot under the build's screenshot folder for people to look at. */
    public Path screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("reformbench.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in on the sign-in page as one of {@link TestAccounts}' users and waits for the workbench to show. */
    public void signIn(java.net.URI base, String user) {
        TestAccounts.token(base.resolve("api/"), user);
        driver.manage().deleteAllCookies();
        driver.get(base.resolve("login.xhtml").toString());
        org.openqa.selenium.WebElement password = driver.findElement(org.openqa.selenium.By.cssSelector(
                "input[type=password]"));
        org.openqa.selenium.WebElement name = driver.findElement(org.openqa.selenium.By.cssSelector(
                "form input[type=text]"));
        name.clear();
        name.sendKeys(user);
        password.sendKeys(TestAccounts.PASSWORD, org.openqa.selenium.Keys.ENTER);
        await(d -> !d.getCurrentUrl().contains("login.xhtml"));
        awaitAjax();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
