package io.reformbench.web.gantt;

import io.reformbench.web.testing.Browser;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The Gantt workbench as a test drives it: open, zoom, drag bars, draw links, answer dialogs. */
final class GanttPage {

    private final Browser browser;
    private final URI base;

    GanttPage(Browser browser, URI base) {
        this.browser = browser;
        this.base = base;
    }

    /** Opens the workbench on a deep link to an action and waits until the chart is drawn and it is selected. */
    GanttPage open(long item) {
        browser.driver().get(base.resolve("gantt.xhtml?item=" + item).toString());
        awaitSelected(item);
        return this;
    }

    void awaitSelected(long item) {
        browser.await(d -> "true".equals(root().getAttribute("data-ready"))
                && String.valueOf(item).equals(root().getAttribute("data-selected")));
        browser.awaitAjax();
    }

    WebElement root() {
        return browser.driver().findElement(By.cssSelector("[data-rb-gantt]"));
    }

    void zoom(String level) {
        new Select(browser.driver().findElement(By.cssSelector("[data-rb-control=zoom]"))).selectByValue(level);
    }

    WebElement bar(long id) {
        return browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".gantt_task_line[data-task-id='" + id + "']")));
    }

    WebElement row(long id) {
        return browser.driver().findElement(By.cssSelector(".gantt_row[data-task-id='" + id + "']"));
    }

    /** Drags a bar sideways from a point just inside its visible left end, in steps, as a hand would. */
    void dragBar(long id, int dx) {
        Point grab = visiblePoint(bar(id), 25);
        drag(grab, dx);
    }

    /** Drags the end handle of a bar, which the chart shows while the pointer is over the bar. */
    void resizeEnd(long id, int dx) {
        script("gantt.scrollTo(Math.max(0, gantt.posFromDate(gantt.getTask(arguments[0]).end_date)"
                + " - gantt.$task.offsetWidth / 2), null);", id);
        WebElement bar = bar(id);
        new Actions(browser.driver()).moveToLocation(visiblePoint(bar, 25).x, visiblePoint(bar, 25).y).perform();
        WebElement handle = bar.findElement(By.cssSelector(".gantt_task_drag.task_end_date"));
        drag(centre(handle), dx);
    }

    /** Draws a finish-to-start link from one bar's end circle to another bar's start circle. */
    void link(long from, long to) {
        script("gantt.scrollTo(Math.max(0, gantt.posFromDate(gantt.getTask(arguments[0]).start_date) - 40), null);", to);
        Actions actions = new Actions(browser.driver());
        Point source = visiblePoint(bar(from), 25);
        actions.moveToLocation(source.x, source.y).perform();
        Point start = point(".gantt_task_line[data-task-id='" + from + "'] .gantt_link_control.task_end_date .gantt_link_point");
        actions.moveToLocation(start.x, start.y).clickAndHold().moveByOffset(12, 6).perform();
        Point target = visiblePoint(bar(to), 25);
        actions.moveToLocation(target.x, target.y).perform();
        Point end = point(".gantt_task_line[data-task-id='" + to + "'] .gantt_link_control.task_start_date .gantt_link_point");
        actions.moveToLocation(end.x, end.y).release().perform();
    }

    /** The centre of the element the selector finds now, read in one script so a re-render cannot intervene. */
    private Point point(String css) {
        Number x = (Number) script("const r = document.querySelector(arguments[0]).getBoundingClientRect(); return r.left + r.width / 2;", css);
        Number y = (Number) script("const r = document.querySelector(arguments[0]).getBoundingClientRect(); return r.top + r.height / 2;", css);
        return new Point(x.intValue(), y.intValue());
    }

    private void drag(Point from, int dx) {
        new Actions(browser.driver()).moveToLocation(from.x, from.y).clickAndHold()
                .moveByOffset(dx / 3, 0).moveByOffset(dx / 3, 0).moveByOffset(dx - 2 * (dx / 3), 0).release().perform();
    }

    /** A point inside the element, `inset` pixels right of where it becomes visible in the timeline. */
    private Point visiblePoint(WebElement element, int inset) {
        Number x = (Number) script("const r = arguments[0].getBoundingClientRect();"
                + " const t = gantt.$task.getBoundingClientRect(); return Math.max(r.left, t.left) + arguments[1];", element, inset);
        Number y = (Number) script("const r = arguments[0].getBoundingClientRect(); return r.top + r.height / 2;", element);
        return new Point(x.intValue(), y.intValue());
    }

    private Point centre(WebElement element) {
        Number x = (Number) script("const r = arguments[0].getBoundingClientRect(); return r.left + r.width / 2;", element);
        Number y = (Number) script("const r = arguments[0].getBoundingClientRect(); return r.top + r.height / 2;", element);
        return new Point(x.intValue(), y.intValue());
    }

    boolean hasLink(long from, long to) {
        return Boolean.TRUE.equals(script("return gantt.getLinks().some(l => String(l.source) === String(arguments[0])"
                + " && String(l.target) === String(arguments[1])) && document.querySelector('.gantt_task_link') !== null;", from, to));
    }

    /** The chart's start date of a task as ISO text. */
    String chartStart(long id) {
        return (String) script("const d = gantt.getTask(arguments[0]).start_date;"
                + " return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');", id);
    }

    /** The last day of the span the chart gives the area or sub-area row an action sits in, as ISO text. */
    String groupRowLastDay(long actionId) {
        return (String) script("const row = gantt.getTask(gantt.getTask(arguments[0]).parent);"
                + " const d = new Date(row.end_date.getFullYear(), row.end_date.getMonth(), row.end_date.getDate() - 1);"
                + " return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');", actionId);
    }

    WebElement dialog(String className) {
        return browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog." + className + "[open]")));
    }

    void answer(String className, String value) {
        dialog(className).findElement(By.cssSelector("[data-rb-answer='" + value + "']")).click();
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog." + className)));
    }

    WebElement property(String field) {
        return browser.driver().findElement(By.id("rb-prop-" + field));
    }

    void setProperty(String field, String value) {
        WebElement input = property(field);
        if ("select".equals(input.getTagName())) {
            new Select(input).selectByValue(value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    void saveProperties() {
        browser.driver().findElement(By.cssSelector("[data-rb-action=save]")).click();
    }

    /** Writes a comment in the properties panel and waits until the panel lists it. */
    void addComment(String text) {
        WebElement box = browser.driver().findElement(By.id("rb-comment-text"));
        box.sendKeys(text);
        browser.driver().findElement(By.cssSelector("[data-rb-action=add-comment]")).click();
        browser.await(d -> all(".rb-comment-text").stream().anyMatch(c -> c.getText().equals(text)));
    }

    /** Opens the panel's collapsed history and waits until it is read. */
    void openHistory() {
        browser.driver().findElement(By.cssSelector(".rb-props-history summary")).click();
        browser.await(d -> !all(".rb-props-history .rb-history, .rb-props-history .rb-muted").isEmpty());
        script("document.querySelector('.rb-props-history').scrollIntoView({block: 'end'});");
    }

    /** Opens a link's dialog from the properties panel's list with the keyboard, as a keyboard user would. */
    WebElement openLink(long linkId) {
        WebElement button = browser.await(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-rb-panel=properties] [data-link='" + linkId + "']")));
        button.sendKeys(Keys.ENTER);
        return dialog("rb-link");
    }

    /** Types into the navigator's text filter, or chooses in one of its lists, as a planner does. */
    void filterBy(String filter, String value) {
        WebElement control = browser.driver().findElement(By.cssSelector("[data-rb-filter=" + filter + "]"));
        if ("input".equals(control.getTagName())) {
            control.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            control.sendKeys(value);
        } else {
            new Select(control).selectByValue(value);
        }
    }

    /** The ids of the action rows the chart's grid shows (areas and sub-areas left out). */
    Set<Long> shownActionRows() {
        return all(".gantt_grid_data .gantt_row.rb-row-action, .gantt_grid_data .gantt_row.rb-row-sub-action").stream()
                .map(row -> Long.valueOf(row.getAttribute("data-task-id"))).collect(Collectors.toSet());
    }

    /** Whether the chart has a row for the action, drawn or scrolled out of view. */
    boolean showsRow(long id) {
        return Boolean.TRUE.equals(script("return window.ReformBench.workbench.gantt.isTaskVisible(arguments[0]);", id));
    }

    String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    List<WebElement> all(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, args);
    }
}
