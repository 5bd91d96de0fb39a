package io.reformbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.Browser;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestAccounts;
import io.reformbench.web.testing.TestPlan;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** Sign-in, sign-out, sessions, forged requests and hostile text, in headless Chromium against the server. */
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {

    private static final String DEMO = "unds-reform-2019";

    @ArquillianResource
    private URL url;

    private Browser browser;
    private URI base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("en-US");
        base = Deployments.loopback(url);
        TestAccounts.token(base.resolve("api/"), TestAccounts.PLANNER);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aPageAsksForSignInThenOpensWithANewSessionId() {
        browser.driver().get(base.resolve("gantt.xhtml?plan=" + DEMO).toString());
        assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml").contains("next=");
        String before = sessionId();
        assertThat(before).as("the sign-in page's own session").isNotNull();
        signInOnThePage(TestAccounts.PLANNER, TestAccounts.PASSWORD);
        browser.await(d -> d.getCurrentUrl().contains("gantt.xhtml"));
        assertThat(browser.driver().getCurrentUrl()).contains("plan=" + DEMO);
        assertThat(sessionId()).as("session fixation: the id changes at sign-in").isNotEqualTo(before);
        browser.screenshot("security-signed-in-gantt");
    }

    @Test
    void aWrongPasswordIsRefusedOnThePageWithoutSayingWhichPartWasWrong() {
        browser.driver().get(base.resolve("login.xhtml").toString());
        signInOnThePage(TestAccounts.VIEWER, "Not-The-Password-At-All-9");
        browser.await(d -> d.findElement(By.id("loginForm:loginMessages")).getText().length() > 0);
        assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
        String message = browser.driver().findElement(By.id("loginForm:loginMessages")).getText();
        signInOnThePage("no-such-user-at-all", "Not-The-Password-At-All-9");
        browser.await(d -> d.findElement(By.id("loginForm:loginMessages")).getText().length() > 0);
        assertThat(browser.driver().findElement(By.id("loginForm:loginMessages")).getText()).isEqualTo(message);
        browser.screenshot("security-login-refused");
    }

    @Test
    void signingOutEndsTheSessionAndTheBackButtonDoesNotResumeIt() {
        browser.signIn(base, TestAccounts.VIEWER);
        browser.driver().get(base.toString());
        browser.awaitAjax();
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(browser.driver().findElement(By.id("userForm:userMenu")).getText()).contains(TestAccounts.VIEWER);
        browser.driver().findElement(By.id("userForm:userMenu_button")).click();
        browser.await(d -> d.findElement(By.id("userForm:signOut")).isDisplayed());
        browser.driver().findElement(By.id("userForm:signOut")).click();
        browser.await(d -> d.getCurrentUrl().contains("login.xhtml"));

        browser.driver().navigate().back();
        browser.await(d -> d.getCurrentUrl().contains("login.xhtml"));
        assertThat(browser.driver().findElements(By.cssSelector(".rb-row-action"))).isEmpty();
        ApiClient oldSession = ApiClient.anonymous(url);
        assertThat(oldSession.get("items", "Cookie", "JSESSIONID=" + session.getValue()).status())
                .as("the old session cookie opens nothing").isEqualTo(401);
    }

    @Test
    void aClickAfterTheSessionEndedLeadsToTheSignInPage() {
        browser.signIn(base, TestAccounts.VIEWER);
        browser.driver().get(base.resolve("index.xhtml").toString());
        browser.awaitAjax();
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().findElement(By.xpath("//div[contains(@id,'language')]//*[normalize-space(text())='中文']"))
                .click();
        browser.await(d -> d.getCurrentUrl().contains("login.xhtml"));
        assertThat(browser.driver().getCurrentUrl()).contains("next=");
    }

    @Test
    void pagesARoleMayNotSeeAreRefusedWithAGenericErrorPage() {
        browser.signIn(base, TestAccounts.VIEWER);
        for (String page : new String[] {"plugins.xhtml", "admin/users.xhtml", "admin/security-log.xhtml"}) {
            browser.driver().get(base.resolve(page).toString());
            browser.await(d -> !d.findElements(By.id("incident")).isEmpty());
            assertThat(browser.driver().findElement(By.id("status")).getText()).as(page).isEqualTo("403");
            assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at io.");
        }
        browser.screenshot("security-forbidden");
        browser.driver().get(base.resolve("gantt.xhtml").toString());
        browser.await(d -> "true".equals(d.findElement(By.cssSelector("[data-rb-gantt]")).getAttribute("data-ready")));
        assertThat(browser.driver().findElement(By.cssSelector("[data-rb-gantt]")).getAttribute("data-editable"))
                .as("a viewer's chart is read-only").isEqualTo("false");
        browser.driver().get(base.resolve("no-such-page.xhtml").toString());
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("404");
        assertThat(browser.driver().findElement(By.id("incident")).getText()).matches("[0-9a-f]{8,}");
    }

    @Test
    void restWritesFromTheBrowserSessionNeedTheCustomHeaderAndTheirOwnOrigin() {
        browser.signIn(base, TestAccounts.PLANNER);
        browser.driver().get(base.toString());
        JsonObject action = new ApiClient(url).get("items?plan=" + DEMO + "&area=oversight").array().getJsonObject(0);
        String path = base.resolve("api/items/" + action.getJsonNumber("id")).getPath();
        String body = "{\"responsible\":\"Forged\"}";
        Object forged = fetch(path, action.getInt("version"), body, false);
        assertThat(forged).isEqualTo("403 csrf_refused");
        ApiClient withCookie = ApiClient.anonymous(url);
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(withCookie.send("PUT", "items/" + action.getJsonNumber("id"), "application/json", body,
                "Cookie", cookie, "X-Requested-By", "ReformBench", "Origin", "https://evil.example",
                "If-Match", "\"" + action.getInt("version") + "\"").status()).isEqualTo(403);
        assertThat(new ApiClient(url).get("items/" + action.getJsonNumber("id")).object().getInt("version"))
                .as("nothing was written").isEqualTo(action.getInt("version"));
        Object own = fetch(path, action.getInt("version"), "{\"responsible\":\"Oversight unit\"}", true);
        assertThat(own).isEqualTo("200 ");
    }

    @Test
    void hostileTitlesAreShownAsTextInTheTreeTheChartAndTheProperties() {
        String hostile = "<img src=x onerror=\"window.__owned=1\"><script>window.__owned=2</script>Audit";
        ApiClient admin = new ApiClient(url);
        String body = Json.createObjectBuilder().add("number", TestPlan.freeNumber(admin, DEMO)).add("area", "oversight")
                .add("title", Json.createObjectBuilder().add("zh", hostile).add("en", hostile))
                .add("responsible", hostile).add("plannedStart", "2019-02-01").add("plannedEnd", "2019-05-31")
                .build().toString();
        ApiClient.Reply created = admin.postJson("items?plan=" + DEMO, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject first = created.object();
        browser.signIn(base, TestAccounts.PLANNER);

        browser.driver().get(base.resolve("index.xhtml").toString());
        browser.awaitAjax();
        assertThat(browser.driver().getPageSource()).doesNotContain("<img src=\"x\"").doesNotContain("<img src=x");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("<img src=x onerror=");
        assertNotOwned();

        browser.driver().get(base.resolve("gantt.xhtml?item=" + first.getJsonNumber("id"))
                .toString());
        browser.await(d -> String.valueOf(first.getJsonNumber("id")).equals(
                d.findElement(By.cssSelector("[data-rb-gantt]")).getAttribute("data-selected")));
        browser.awaitAjax();
        String properties = browser.driver().findElement(By.cssSelector("[data-rb-panel=properties]")).getText()
                + valuesOfInputs("[data-rb-panel=properties]");
        assertThat(properties).contains("<img src=x onerror=");
        assertThat(browser.driver().findElements(By.cssSelector("[data-rb-panel] img, .rb-gantt img"))).isEmpty();
        assertNotOwned();
        browser.screenshot("security-hostile-title");
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        ApiClient.Reply login = ApiClient.anonymous(url).send("GET", "../login.xhtml", null, null);
        assertThat(login.status()).isEqualTo(200);
        String policy = login.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'nonce-").contains("frame-ancestors 'self'")
                .contains("object-src 'none'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("Cache-Control")).contains("no-store");
        assertThat(login.header("Server")).isNull();
        assertThat(login.header("X-Powered-By")).isNull();
        String cookie = login.response().headers().allValues("Set-Cookie").toString();
        assertThat(cookie).contains("JSESSIONID").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");

        ApiClient.Reply health = ApiClient.anonymous(url).get("health");
        assertThat(health.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(health.header("Server")).isNull();
        assertThat(health.object().keySet()).as("anonymous callers learn only whether it is up")
                .containsExactly("status");
        assertThat(ApiClient.anonymous(url).get("items").header("X-Powered-By")).isNull();
    }

    @Test
    void hostileTextInTheAccountPagesAndTheSecurityLogIsShownAsText() {
        String hostile = "<img src=x onerror=\"window.__owned=1\">";
        ApiClient.anonymous(url).withAuthorization(TestAccounts.basic(hostile, "Wrong-Password-Attempt-2"))
                .get("items");
        ApiClient admin = new ApiClient(url);
        ApiClient.Reply token = admin.postJson("account/tokens", Json.createObjectBuilder()
                .add("name", hostile + "token").build().toString());
        assertThat(token.status()).isEqualTo(201);
        browser.signIn(base, TestAccounts.ADMIN);
        for (String page : new String[] {"account.xhtml", "admin/security-log.xhtml"}) {
            browser.driver().get(base.resolve(page).toString());
            browser.awaitAjax();
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).as(page).contains(hostile);
            assertThat(browser.driver().findElements(By.cssSelector("main img, .rb-card img, table img"))).isEmpty();
            assertNotOwned();
        }
        browser.screenshot("security-hostile-log");
        admin.delete("account/tokens/" + token.object().getJsonNumber("id"), null);
    }

    private void signInOnThePage(String user, String password) {
        var name = browser.driver().findElement(By.id("loginForm:userName"));
        name.clear();
        name.sendKeys(user);
        browser.driver().findElement(By.id("loginForm:password")).sendKeys(password, Keys.ENTER);
        browser.awaitAjax();
    }

    private String sessionId() {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private Object fetch(String path, int version, String body, boolean withHeader) {
        String script = "const done = arguments[arguments.length - 1];"
                + "const headers = {'Content-Type': 'application/json', 'If-Match': '\"' + arguments[1] + '\"'};"
                + "if (arguments[3]) headers['X-Requested-By'] = 'ReformBench';"
                + "fetch(arguments[0], {method: 'PUT', headers, body: arguments[2], credentials: 'same-origin'})"
                + ".then(r => r.text().then(t => done(r.status + ' ' + (r.ok ? '' : JSON.parse(t).error))));";
        return ((JavascriptExecutor) browser.driver()).executeAsyncScript(script, path, version, body, withHeader);
    }

    private String valuesOfInputs(String container) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0] + ' input, ' + arguments[0] + ' textarea'))"
                        + ".map(e => e.value).join(' ');", container));
    }

    private void assertNotOwned() {
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__owned === undefined;"))
                .as("no injected script ran").isEqualTo(Boolean.TRUE);
    }
}
