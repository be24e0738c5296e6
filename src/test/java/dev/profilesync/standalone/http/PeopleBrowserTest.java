package dev.profilesync.standalone.http;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.UnlicensedUserPolicy;
import dev.profilesync.people.PeopleFixture;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.web.HostileValues;
import dev.profilesync.web.WebTestHost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The people pages in a real headless Chromium, as a colleague uses them: search, filters, paging, cards, the org
 * chart, the Profile List preview, both policies, and the hostile corpus rendered inert in the DOM. Screenshots go to
 * target/screenshots/people-*. Skipped when chromium or chromedriver is not installed (CI installs both).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeopleBrowserTest {
    @RegisterExtension
    static final BrowserSite SITE = new BrowserSite();
    @TempDir
    static Path temp;
    private static PeopleFixture people;
    private static WebTestHost admin;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        SITE.assumeBrowser();
        people = SITE.own(new PeopleFixture());
        admin = SITE.own(WebTestHost.start(1));
        SITE.start(temp, admin.api(), Optional.of(new PeopleSite(people.directory(), new PeopleRenderer(), true)),
                Optional.empty());
        browser = SITE.browser();
    }

    @Test
    @Order(1)
    void theDirectoryListsPeopleFiftyAPage() {
        open("/people");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("People");
        assertThat(cards()).hasSize(50);
        assertThat(text("ps-summary")).startsWith("1–50 of ");
        Browser.screenshot(browser, "people-01-directory");
    }

    @Test
    @Order(2)
    void searchIsPrefixCaseAndAccentInsensitive() {
        WebElement box = browser.findElement(By.id("ps-q"));
        box.clear();
        box.sendKeys("zur");
        submit("ps-search-submit");
        assertThat(text("ps-summary")).isEqualTo("1–50 of 61 matching");
        assertThat(cards()).allSatisfy(card -> assertThat(field(card, "location")).isEqualTo("Zürich"));
        Browser.screenshot(browser, "people-02-search-zur");
    }

    @Test
    @Order(3)
    void filtersCombineAndPagingGoesOn() {
        open("/people");
        new Select(browser.findElement(By.id("ps-filter-department"))).selectByValue("Engineering");
        new Select(browser.findElement(By.id("ps-filter-location"))).selectByValue("Berlin");
        submit("ps-search-submit");
        assertThat(text("ps-summary")).isEqualTo("1–50 of 61 matching");
        submit("ps-next");
        assertThat(text("ps-summary")).isEqualTo("51–61 of 61 matching");
        assertThat(cards()).hasSize(11).allSatisfy(card -> assertThat(field(card, "department")).isEqualTo("Engineering"));
        assertThat(new Select(browser.findElement(By.id("ps-filter-department"))).getFirstSelectedOption().getText())
                .startsWith("Engineering");
        Browser.screenshot(browser, "people-03-filtered-page-2");
        submit("ps-previous");
        assertThat(text("ps-page")).isEqualTo("Page 1 of 2");
    }

    @Test
    @Order(4)
    void aCardLinksToTheManagersCardAndOrgChart() {
        open("/people?q=erin+builder+7");
        WebElement card = cards().get(0);
        assertThat(card.findElement(By.cssSelector("[data-field=website] a")).getAttribute("href"))
                .isEqualTo("https://example.com/eng7");
        Browser.clickAndAwaitNewPage(browser, card.findElement(By.cssSelector("[data-field=manager] a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Emil Engineer");
        assertThat(browser.findElements(By.cssSelector(".ps-org-chain .ps-person-link"))).extracting(WebElement::getText)
                .containsExactly("Clara Chief");
        assertThat(browser.findElement(By.cssSelector(".ps-org-self")).getText()).contains("Emil Engineer");
        assertThat(browser.findElements(By.cssSelector("#ps-org-reports li"))).hasSize(50);
        assertThat(browser.findElement(By.cssSelector(".ps-org-more")).getText()).isEqualTo("and 10 more");
        Browser.screenshot(browser, "people-04-org-chart");
        open("/people?q=sales01");
        assertThat(cards().get(0).findElement(By.cssSelector("[data-field=phone] a")).getAttribute("href"))
                .isEqualTo("tel:+41445551001");
        assertThat(cards().get(0).findElement(By.cssSelector("[data-field=email] a")).getAttribute("href"))
                .isEqualTo("mailto:sales1@example.com");
    }

    @Test
    @Order(5)
    void aManagerCycleAndAMissingManagerAreShownAsSuch() {
        open("/people/loopa");
        assertThat(text("ps-org-cycle")).contains("loops back");
        Browser.screenshot(browser, "people-05-cycle");
        open("/people/orphan");
        assertThat(text("ps-org-missing")).contains("left-the-company").contains("not known");
    }

    @Test
    @Order(6)
    void theProfileListPreviewRendersEachLayoutAndNamesBadParameters() {
        open("/macros/profile-list?filter=department%3DSales&fields=title,phone&limit=5");
        assertThat(browser.findElements(By.cssSelector(".ps-profile-table th"))).extracting(WebElement::getText)
                .containsExactly("Name", "Title", "Phone");
        assertThat(browser.findElements(By.cssSelector(".ps-profile-table tbody tr"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector(".ps-cut")).getText()).contains("Showing 5 of 61");
        Browser.screenshot(browser, "people-06-profile-list-table");
        new Select(browser.findElement(By.id("ps-m-layout"))).selectByValue("cards");
        submit("ps-m-render");
        assertThat(cards()).hasSize(5);
        Browser.screenshot(browser, "people-07-profile-list-cards");
        open("/macros/profile-list?limit=5000");
        assertThat(browser.findElement(By.cssSelector(".ps-macro-error")).getText()).contains("limit")
                .contains("1 to 1000");
        Browser.screenshot(browser, "people-08-profile-list-error");
    }

    @Test
    @Order(7)
    void theUnlicensedPolicyHidesAndUnlinks() {
        people.policies(ActiveUserPolicy.VISIBLE, UnlicensedUserPolicy.HIDE);
        open("/people?q=uma");
        assertThat(browser.findElement(By.id("ps-no-matches")).getText()).contains("No one matches");
        open("/people/sales01");
        WebElement manager = browser.findElement(By.cssSelector(".ps-org-chain .ps-person-unlinked"));
        assertThat(manager.getText()).isEqualTo("Uma Unlicensed");
        Browser.screenshot(browser, "people-09-unlicensed-hidden");
        open("/people/" + PeopleFixture.UNLICENSED_MANAGER);
        assertThat(text("ps-not-listed")).contains("is listed");

        people.policies(ActiveUserPolicy.ALL, UnlicensedUserPolicy.SHOW);
        open("/people?q=gina");
        assertThat(cards()).hasSize(1);
        open("/people/sales01");
        assertThat(browser.findElements(By.cssSelector(".ps-org-chain .ps-person-link"))).extracting(WebElement::getText)
                .contains("Uma Unlicensed");
        people.policies(ActiveUserPolicy.VISIBLE, UnlicensedUserPolicy.SHOW);
    }

    @Test
    @Order(8)
    void hostileValuesRenderInert() {
        for (String path : List.of("/people/" + PeopleFixture.HOSTILE_USER, "/people?q=script",
                "/macros/profile-list?filter=manager%3Dceo&fields=department,location,title,phone,email,website,about",
                "/people?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
            open(path);
            assertInert();
        }
        open("/people/" + PeopleFixture.HOSTILE_USER);
        WebElement card = cards().get(0);
        assertThat(card.findElement(By.cssSelector(".ps-card-name")).getText()).isEqualTo(PeopleFixture.HOSTILE.get(0));
        assertThat(field(card, "location")).isEqualTo(PeopleFixture.HOSTILE.get(1));
        assertThat(card.findElements(By.cssSelector("[data-field=title] a"))).as("javascript: is never a link").isEmpty();
        assertThat(card.findElements(By.cssSelector("[data-field=website] a"))).isEmpty();
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("a 4,000-character value wraps instead of widening the page").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "people-10-hostile");
    }

    @Test
    @Order(9)
    void theSharedHostileCorpusRendersAsTextOnCardsAndInTheDirectory() {
        List<HostileValues.Value> corpus = HostileValues.all();
        for (int i = 0; i < corpus.size(); i++) {
            open("/people/" + PeopleFixture.corpusUser(i));
            assertInert();
            WebElement name = browser.findElement(By.cssSelector(".ps-card-name bdi"));
            assertThat(name.getAttribute("textContent")).as(corpus.get(i).name()).isEqualTo(corpus.get(i).text());
        }
        open("/people?f.location=Corpus");
        assertInert();
        open("/macros/profile-list?filter=location%3DCorpus&fields=department,title,about&limit=100");
        assertInert();
        assertThat(browser.findElements(By.cssSelector(".ps-profile-table tbody tr"))).hasSize(corpus.size());
        Browser.screenshot(browser, "people-11-hostile-corpus-list");
    }

    private static void assertInert() {
        assertThat(browser.findElements(By.cssSelector("script, img, svg, iframe, object, embed"))).isEmpty();
        Long handlers = (Long) browser.executeScript("return Array.from(document.querySelectorAll('*')).filter("
                + "e => Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length;");
        assertThat(handlers).isZero();
        assertThat(browser.findElements(By.cssSelector("a[href]"))).allSatisfy(a ->
                assertThat(a.getAttribute("href")).matches("^(http://127\\.0\\.0\\.1:\\d+/|https://|tel:|mailto:).*"));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** Clicks a button or link that loads a page, and waits until the old page is gone. */
    private static void submit(String id) {
        Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id(id)));
    }

    private static void open(String path) {
        browser.get(SITE.url().resolve(path).toString());
    }

    private static List<WebElement> cards() {
        return browser.findElements(By.cssSelector(".ps-card"));
    }

    private static String field(WebElement card, String key) {
        return card.findElement(By.cssSelector("[data-field=" + key + "]")).getText();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
