package io.reformbench.web.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.Browser;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestAccounts;
import io.reformbench.web.testing.SamplePlugins;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The plugin page in headless Chromium: a module team uploads the sample plugin, opens its view, removes it. */
@ExtendWith(ArquillianExtension.class)
class PluginsPageIT {

    @ArquillianResource
    private URL url;

    private Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("en-US");
        browser.signIn(Deployments.loopback(url), TestAccounts.MODULE_TEAM);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aModuleTeamInstallsTheSampleOpensItsViewAndUninstallsIt() throws Exception {
        String base = Deployments.loopback(url).toString();
        browser.driver().get(base + "plugins.xhtml");
        browser.awaitAjax();
        browser.screenshot("plugins-en");
        assertThat(pluginIds()).as(browser.driver().getPageSource())
                .contains("rc-system", "country-teams", "regional-approach", "oversight", "funding-compact");

        Path jar = Files.createTempFile("knowledge-sharing", ".jar");
        Files.write(jar, SamplePlugins.build("v1", "1.0.0"));
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(jar.toString());
        browser.driver().findElement(By.id("uploadForm:install")).click();
        browser.await(driver -> pluginIds().contains("knowledge-sharing"));
        assertThat(messages()).anyMatch(text -> text.contains("Installed knowledge-sharing 1.0.0"));

        browser.driver().findElement(By.linkText("Knowledge sharing")).click();
        browser.await(driver -> !driver.findElements(By.cssSelector(".rb-plugin-view[data-plugin=knowledge-sharing]")).isEmpty());
        browser.screenshot("plugin-view-en");

        browser.driver().get(base + "plugins.xhtml");
        browser.awaitAjax();
        WebElement row = browser.driver().findElements(By.cssSelector(".rb-plugins tbody tr")).stream()
                .filter(r -> r.getText().contains("knowledge-sharing")).findFirst().orElseThrow();
        row.findElement(By.cssSelector(".rb-uninstall")).click();
        browser.await(driver -> driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.await(driver -> !pluginIds().contains("knowledge-sharing"));
        browser.driver().get(base + "plugins.xhtml");
        browser.awaitAjax();
        assertThat(browser.driver().findElements(By.linkText("Knowledge sharing"))).isEmpty();
    }

    private List<String> pluginIds() {
        return browser.driver().findElements(By.cssSelector(".rb-plugin-id")).stream().map(WebElement::getText).toList();
    }

    private List<String> messages() {
        return browser.driver().findElements(By.cssSelector(".ui-messages li, .ui-messages span")).stream()
                .map(WebElement::getText).toList();
    }
}
