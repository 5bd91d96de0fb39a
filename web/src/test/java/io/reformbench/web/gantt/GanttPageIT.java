package io.reformbench.web.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.Browser;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestAccounts;
import io.reformbench.web.testing.TestPlan;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
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
import org.openqa.selenium.support.ui.Select;

/** The Gantt workbench in headless Chromium against the running server: editing, conflicts, languages, escaping. */
@ExtendWith(ArquillianExtension.class)
class GanttPageIT {

    @ArquillianResource
    private URL url;

    private Browser browser;
    private GanttPage page;
    private DemoPlan plan;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("en-US");
        browser.signIn(Deployments.loopback(url), TestAccounts.PLANNER);
        page = new GanttPage(browser, Deployments.loopback(url));
        plan = new DemoPlan(new ApiClient(url));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void draggingABarMovesTheActionAndKeepsItsLength() {
        JsonObject before = plan.action("2");
        page.open(id(before)).zoom("month");
        page.dragBar(id(before), 120);
        JsonObject after = browser.await(d -> plan.changed(before));
        LocalDate start = LocalDate.parse(after.getString("plannedStart"));
        assertThat(start).isAfter(LocalDate.parse(before.getString("plannedStart")));
        assertThat(days(after)).isEqualTo(days(before));
        assertThat(page.chartStart(id(before))).isEqualTo(after.getString("plannedStart"));
    }

    @Test
    void resizingABarMovesOnlyItsEndAndWidensItsSubAreaRow() {
        JsonObject before = plan.action("7");
        page.open(id(before)).zoom("month");
        page.resizeEnd(id(before), 90);
        JsonObject after = browser.await(d -> plan.changed(before));
        assertThat(after.getString("plannedStart")).isEqualTo(before.getString("plannedStart"));
        assertThat(LocalDate.parse(after.getString("plannedEnd"))).isAfter(LocalDate.parse(before.getString("plannedEnd")));
        browser.await(d -> page.groupRowLastDay(id(before)).equals(after.getString("plannedEnd")));
    }

    @Test
    void aSecondPlannerSavingTheSameActionSeesWhoChangedItAndCanReapplyTheirInput() {
        JsonObject before = plan.action("9");
        String progress = String.valueOf((before.getInt("progress") + 17) % 90 + 1);
        String status = before.getString("status").equals("DELAYED") ? "IN_PROGRESS" : "DELAYED";
        page.open(id(before));
        page.setProperty("status", status);
        try (Browser other = Browser.start("en-US")) {
            other.signIn(Deployments.loopback(url), TestAccounts.ADMIN);
            GanttPage second = new GanttPage(other, Deployments.loopback(url)).open(id(before));
            second.setProperty("progress", progress);
            second.saveProperties();
            other.await(d -> plan.changed(before));
        }
        page.saveProperties();
        String message = page.dialog("rb-conflict").getText();
        assertThat(message).contains("changed action 9 at").contains("Saved now").contains("Your input")
                .contains(status.equals("DELAYED") ? "Delayed" : "In progress");
        page.answer("rb-conflict", "reapply");
        JsonObject after = browser.await(d -> plan.action("9").getString("status").equals(status) ? plan.action("9") : null);
        assertThat(after.getInt("progress")).isEqualTo(Integer.parseInt(progress));
        assertThat(page.property("progress").getAttribute("value")).isEqualTo(progress);
    }

    @Test
    void switchingLanguageKeepsTheSelectedActionAndZoom() {
        JsonObject action = plan.action("8");
        page.open(id(action)).zoom("quarter");
        assertThat(page.text(".rb-gantt .gantt_grid_scale")).contains("No.", "Action", "Time frame");
        assertThat(page.text(".rb-bottom-views .ui-tabs-nav")).contains("Problems", "History", "Plugin views");
        browser.driver().findElement(By.xpath("//ul[contains(@class,'ui-tabs-nav')]//a[normalize-space(.)='Plugin views']"))
                .click();
        browser.await(d -> page.text("[data-plugin=funding-compact]").contains("earmarked contributions"));
        assertThat(page.text(".rb-plugin-views")).as("every view plugins contribute, with its own strings")
                .contains("Funding overview", "Evaluations and audits");
        browser.screenshot("gantt-en");
        browser.driver().findElement(By.xpath("//div[contains(@id,'language')]//*[normalize-space(text())='中文']")).click();
        browser.await(d -> page.all(".gantt_grid_scale").stream().anyMatch(s -> s.getText().contains("编号")));
        page.awaitSelected(id(action));
        assertThat(page.text(".gantt_grid_scale")).contains("编号", "行动", "时间框架");
        assertThat(page.property("titleZh").getAttribute("value")).isEqualTo(action.getJsonObject("title").getString("zh"));
        assertThat(page.root().findElement(By.cssSelector("[data-rb-control=zoom]")).getAttribute("value")).isEqualTo("quarter");
        assertThat(browser.driver().getCurrentUrl()).contains("item=" + id(action));
        browser.screenshot("gantt-zh");
    }

    @Test
    void aHostileTitleIsShownAsText() {
        String hostile = "<img src=x onerror=\"window.__owned=1\">Budget";
        long id = plan.create(plan.nextNumber(), hostile);
        page.open(id);
        assertThat(page.row(id).getText()).contains("<img src=x");
        assertThat(page.text("[data-rb-panel=navigator] [data-item='" + id + "']")).contains("<img src=x");
        assertThat(page.all(".rb-gantt img, [data-rb-panel] img")).isEmpty();
        assertThat(page.script("return window.__owned === undefined;")).isEqualTo(true);
    }

    @Test
    void linkingTwoBarsDrawsTheArrowAndTheScheduleReportsTheBrokenLink() {
        String first = plan.nextNumber();
        long from = plan.create(first, "Link source " + first, "2019-03-01", "2019-08-31");
        long to = plan.create(String.valueOf(Integer.parseInt(first) + 1), "Link target", "2019-06-01", "2019-10-31");
        page.open(from).zoom("quarter");
        page.link(from, to);
        browser.await(d -> plan.linked(from, to));
        browser.await(d -> page.hasLink(from, to));
        assertThat(plan.problems(to)).contains("DEPENDENCY_VIOLATED");
        browser.await(d -> page.text("[data-rb-panel=problems]").contains(String.valueOf(Integer.parseInt(first) + 1)));
    }

    @Test
    void aMoveThatPushesASuccessorIsPreviewedThenCancelledOrSavedTogether() {
        String first = plan.nextNumber();
        long lead = plan.create(first, "Preview lead " + first, "2019-03-01", "2019-06-30");
        long follower = plan.create(String.valueOf(Integer.parseInt(first) + 1), "Preview follower", "2019-07-01", "2019-09-30");
        plan.link(lead, follower);
        page.open(lead).zoom("month");
        page.dragBar(lead, 120);
        assertThat(page.dialog("rb-preview").getText()).contains(String.valueOf(Integer.parseInt(first) + 1)).contains("2019-07-01 →");
        page.answer("rb-preview", "cancel");
        assertThat(plan.item(lead).getString("plannedStart")).isEqualTo("2019-03-01");
        assertThat(plan.item(follower).getString("plannedStart")).isEqualTo("2019-07-01");
        browser.await(d -> "2019-03-01".equals(page.chartStart(lead)));

        page.dragBar(lead, 120);
        page.answer("rb-preview", "confirm");
        JsonObject moved = browser.await(d -> "2019-07-01".equals(plan.item(follower).getString("plannedStart"))
                ? null : plan.item(follower));
        assertThat(LocalDate.parse(moved.getString("plannedStart"))).isAfter(LocalDate.parse("2019-07-01"));
        assertThat(LocalDate.parse(plan.item(lead).getString("plannedStart"))).isAfter(LocalDate.parse("2019-03-01"));
        assertThat(days(moved)).isEqualTo(91);
    }

    @Test
    void aCommentWrittenInThePanelIsStoredShownAsTextAndInTheHistory() {
        long id = plan.create(plan.nextNumber(), "Commented action");
        page.open(id);
        String text = "<b>Budget</b> check & 预算 " + id;
        page.addComment(text);
        browser.await(d -> plan.comments(id).contains(TestAccounts.PLANNER + ": " + text));
        assertThat(page.all("[data-rb-panel=properties] b")).isEmpty();
        assertThat(page.text(".rb-comment-meta")).contains(TestAccounts.PLANNER);
        page.openHistory();
        browser.await(d -> page.text(".rb-props-history").contains("Comment"));
        browser.screenshot("gantt-props-en");
    }

    @Test
    void aPluginFieldEditedInThePanelIsSaved() {
        long id = plan.create(plan.nextNumber(), "Plugin field action");
        page.open(id);
        page.setProperty("titleEn", "Plugin field action, renamed");
        WebElement meetings = browser.driver().findElement(By.id("rb-custom-rcMeetingsPerYear"));
        meetings.clear();
        meetings.sendKeys("7");
        page.saveProperties();
        JsonObject saved = browser.await(d -> plan.item(id).getJsonObject("custom").containsKey("rcMeetingsPerYear")
                ? plan.item(id) : null);
        assertThat(saved.getJsonObject("custom").getInt("rcMeetingsPerYear")).isEqualTo(7);
        assertThat(saved.getJsonObject("title").getString("en")).isEqualTo("Plugin field action, renamed");
        browser.await(d -> "7".equals(browser.driver().findElement(By.id("rb-custom-rcMeetingsPerYear")).getAttribute("value")));
    }

    @Test
    void aLinksTypeAndLagChangedInItsDialogAreSaved() {
        Linked pair = linkTwoNewActions("Lag");
        long link = pair.link();
        WebElement dialog = page.openLink(link);
        new Select(dialog.findElement(By.id("rb-link-type"))).selectByValue("SS");
        WebElement lag = dialog.findElement(By.id("rb-link-lag"));
        lag.clear();
        lag.sendKeys("5");
        page.answer("rb-link", "save");
        JsonObject saved = browser.await(d -> plan.dependency(link).getInt("lagDays") == 5 ? plan.dependency(link) : null);
        assertThat(saved.getString("type")).isEqualTo("SS");
        browser.await(d -> page.text("[data-rb-panel=properties] [data-link='" + link + "']").endsWith("SS +5d"));
        assertThat(page.script("return gantt.getLink(arguments[0]).type;", link)).isEqualTo("1");
    }

    @Test
    void aLinkDeletedInItsDialogLeavesTheServerTheChartAndThePanel() {
        Linked pair = linkTwoNewActions("Unlink");
        long link = pair.link();
        page.openLink(link);
        page.answer("rb-link", "delete");
        browser.await(d -> !plan.linked(pair.from(), pair.to()));
        browser.await(d -> Boolean.TRUE.equals(page.script("return !gantt.isLinkExists(arguments[0])"
                + " && document.querySelector('.gantt_task_link[data-link-id=\"' + arguments[0] + '\"]') === null;", link)));
        browser.await(d -> page.all("[data-rb-panel=properties] [data-link='" + link + "']").isEmpty());
    }

    @Test
    void aViewerSeesAReadOnlyPanelWithCommentsAndHistory() {
        long id = plan.create(plan.nextNumber(), "只读行动");
        plan.comment(id, "评审意见：<i>请补充预算</i>");
        try (Browser viewer = Browser.start("zh-CN")) {
            viewer.signIn(Deployments.loopback(url), TestAccounts.VIEWER);
            GanttPage readOnly = new GanttPage(viewer, Deployments.loopback(url)).open(id);
            viewer.await(d -> !readOnly.all(".rb-comment-text").isEmpty());
            assertThat(readOnly.all(".rb-props-form input, .rb-props-form select"))
                    .isNotEmpty().allMatch(input -> !input.isEnabled());
            assertThat(readOnly.all("[data-rb-action=save], #rb-comment-text, .rb-comment-delete")).isEmpty();
            assertThat(readOnly.text(".rb-comment-text")).isEqualTo("评审意见：<i>请补充预算</i>");
            readOnly.openHistory();
            viewer.screenshot("gantt-props-viewer-zh");
        }
    }

    @Test
    void aPlannerLimitedToOneAreaMayEditOnlyThatAreasActions() {
        long own = plan.create(plan.nextNumber(), "RC office action");
        long other = id(new ApiClient(url).get("items?area=funding-compact").array().getJsonObject(0));
        try (Browser limited = Browser.start("en-US")) {
            limited.signIn(Deployments.loopback(url), TestAccounts.RC_PLANNER);
            GanttPage chart = new GanttPage(limited, Deployments.loopback(url)).open(own);
            assertThat(chart.all("[data-rb-action=save]")).hasSize(1);
            assertThat(chart.script("return ReformBench.workbench.editAreas;")).asString().contains("rc-system");
            chart.open(other);
            limited.await(d -> !chart.all(".rb-props-form input").isEmpty()
                    && chart.all(".rb-props-form input").stream().noneMatch(WebElement::isEnabled));
            assertThat(chart.all("[data-rb-action=save]")).isEmpty();
        }
    }

    @Test
    void thePlanChooserListsThePlansAndATablesViewKeepsThePlan() {
        TestPlan other = TestPlan.imported(new ApiClient(url), "pilot-2022.txt");
        page.open(id(plan.action("3")));
        assertThat(page.script("return Array.from(document.getElementById('planChooser:plan_input').options)"
                + ".map(o => o.value + (o.selected ? '*' : '')).join(' ');")).asString()
                .contains("unds-reform-2019*").contains(other.key());
        browser.driver().get(Deployments.loopback(url).resolve("gantt.xhtml?plan=" + other.key()).toString());
        browser.await(d -> other.key().equals(page.root().getAttribute("data-plan"))
                && "true".equals(page.root().getAttribute("data-ready")));
        assertThat(page.script("return document.getElementById('planChooser:plan_input').value;"))
                .isEqualTo(other.key());
        browser.screenshot("gantt-plan-chooser");
        String title = browser.driver().findElement(By.cssSelector("h1.rb-plan-title")).getText();
        browser.driver().findElement(By.cssSelector(".rb-plan-table")).click();
        browser.await(d -> d.getCurrentUrl().contains("index.xhtml") && d.getCurrentUrl().contains(other.key()));
        assertThat(browser.driver().findElement(By.cssSelector("h1.rb-plan-title")).getText())
                .as("the table view of the same plan").isEqualTo(title);
    }

    @Test
    void theNavigatorsFiltersNarrowTheChartToTheMatchingActionsUnderTheirAreas() {
        JsonObject parent = plan.action("11");
        Set<Long> matchesAndTheirAction = Set.of(id(parent), id(plan.action("11.1")), id(plan.action("11.2")),
                id(plan.action("11.3")));
        page.open(id(parent));
        page.filterBy("q", "11.");
        browser.await(d -> page.shownActionRows().equals(matchesAndTheirAction));
        assertThat(page.all(".gantt_grid_data .gantt_row.rb-row-area")).as("the area above them").hasSize(1);
        assertThat(page.bar(id(parent)).isDisplayed()).as("the chart drawn where the rows now are").isTrue();
        assertThat(page.showsRow(id(plan.action("2")))).isFalse();
        page.filterBy("q", "");
        JsonObject elsewhere = plan.action("13");
        page.filterBy("area", elsewhere.getString("area"));
        browser.await(d -> page.showsRow(id(elsewhere)) && !page.showsRow(id(parent)));
        page.filterBy("area", "");
        browser.await(d -> page.showsRow(id(parent)) && page.showsRow(id(plan.action("2"))));
    }

    private static long id(JsonObject action) {
        return action.getJsonNumber("id").longValue();
    }

    private static long days(JsonObject action) {
        return ChronoUnit.DAYS.between(LocalDate.parse(action.getString("plannedStart")), LocalDate.parse(action.getString("plannedEnd")));
    }

    /** Two new actions linked finish-to-start, the chart opened on the second. */
    private Linked linkTwoNewActions(String label) {
        String first = plan.nextNumber();
        long from = plan.create(first, label + " source " + first, "2019-03-01", "2019-04-30");
        long to = plan.create(String.valueOf(Integer.parseInt(first) + 1), label + " target", "2019-06-01", "2019-07-31");
        long link = plan.link(from, to);
        page.open(to);
        return new Linked(from, to, link);
    }

    private record Linked(long from, long to, long link) {
    }
}
