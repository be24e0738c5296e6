package dev.profilesync.standalone.http;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the admin-page browser tests ask of the page: readiness, text as the page holds it, and injection checks. */
final class AdminPageProbe {
    /** Every element a hostile value could have brought in, but for an SVG inside the history chart. */
    static final String FOREIGN_ELEMENTS = "img, iframe, object, embed, marquee, style, frame, "
            + "a[href^=\"javascript:\" i], svg:not(#ps-chart svg)";

    private AdminPageProbe() {
    }

    /** Waits until the page's scripts have loaded everything they show first. */
    static void awaitReady(WebDriverWait wait) {
        wait.until(driver -> "ready".equals(
                driver.findElement(By.id("profile-sync-admin")).getAttribute("data-state")));
    }

    /** The textContent of every element the selector finds: exactly what the page holds, no rendering applied. */
    @SuppressWarnings("unchecked")
    static List<String> texts(JavascriptExecutor browser, String selector) {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (node) { return node.textContent; })", selector);
    }

    /** The textContent of the first element the selector finds, or "". */
    static String text(JavascriptExecutor browser, String selector) {
        List<String> found = texts(browser, selector);
        return found.isEmpty() ? "" : found.get(0);
    }

    /**
     * No alert opened; no element {@code foreignSelector} finds; no on* attribute anywhere; only the page's own
     * scripts.
     */
    @SuppressWarnings("unchecked")
    static <B extends WebDriver & JavascriptExecutor> void assertNothingInjected(B browser, String foreignSelector) {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Map<String, Object> found = (Map<String, Object>) browser.executeScript("""
                var all = Array.from(document.querySelectorAll('*'));
                return {
                  foreign: document.querySelectorAll(arguments[0]).length,
                  handlers: all.filter(function (node) {
                      return Array.from(node.attributes).some(function (a) { return /^on/i.test(a.name); });
                  }).length,
                  scripts: Array.from(document.scripts).filter(function (s) {
                      return !s.src || s.src.indexOf('/assets/js/') < 0; }).length
                };""", foreignSelector);
        assertThat(found).containsEntry("foreign", 0L).containsEntry("handlers", 0L).containsEntry("scripts", 0L);
    }
}
