package io.reformbench.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.Browser;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestAccounts;
import java.net.URL;
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

/** The plan page in headless Chromium: the roadmap tree, both languages, sub-actions under their parent. */
@ExtendWith(ArquillianExtension.class)
class PlanPageIT {

    @ArquillianResource
    private URL url;

    private Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("zh-CN");
        browser.signIn(Deployments.loopback(url), TestAccounts.VIEWER);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void showsTheRoadmapTreeInChineseThenEnglishWithActionElevensSubActions() {
        browser.driver().get(Deployments.loopback(url).toString());
        browser.awaitAjax();
        assertThat(columnHeaders()).contains("编号", "行动", "时间框架");
        assertThat(rows("rb-row-area")).as("the report's five areas, and any a sample plugin added").hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows("rb-row-sub-area")).hasSize(7);
        assertThat(rows("rb-row-action")).as("the report's 36 actions, and any other tests added")
                .hasSizeGreaterThanOrEqualTo(36);
        assertThat(numbersAfter("11", 3)).containsExactly("11.1", "11.2", "11.3");
        assertThat(rowText("20")).doesNotContain("年");
        browser.screenshot("plan-zh");

        browser.driver().findElement(By.xpath("//div[contains(@id,'language')]//*[normalize-space(text())='English']")).click();
        browser.await(driver -> columnHeaders().contains("Action"));
        browser.awaitAjax();
        assertThat(columnHeaders()).contains("No.", "Action", "Time frame", "Planned start");
        assertThat(rows("rb-row-area").get(0).getText()).contains("Revitalized resident coordinator system");
        assertThat(numbersAfter("11", 3)).containsExactly("11.1", "11.2", "11.3");
        assertThat(rowText("1")).contains("From 2019");
        browser.screenshot("plan-en");
    }

    private List<String> columnHeaders() {
        return browser.driver().findElements(By.cssSelector(".rb-plan-tree thead th")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private List<WebElement> rows(String styleClass) {
        return browser.driver().findElements(By.cssSelector(".rb-plan-tree tr." + styleClass));
    }

    private List<String> allNumbers() {
        return browser.driver().findElements(By.cssSelector(".rb-plan-tree tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector(".rb-number")))
                .map(cells -> cells.isEmpty() ? "" : cells.get(0).getText().strip())
                .toList();
    }

    private List<String> numbersAfter(String number, int count) {
        List<String> numbers = allNumbers();
        int index = numbers.indexOf(number);
        assertThat(index).as("row of action " + number).isNotNegative();
        return numbers.subList(index + 1, index + 1 + count);
    }

    private String rowText(String number) {
        return browser.driver().findElements(By.cssSelector(".rb-plan-tree tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector(".rb-number")).stream()
                        .anyMatch(cell -> cell.getText().strip().equals(number)))
                .findFirst().map(WebElement::getText).orElseThrow();
    }
}
