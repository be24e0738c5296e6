package dev.profilesync.standalone.http;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone admin page's login as the browser tests make it: the password the server printed, typed in. */
final class AdminLogin {
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password '([A-Za-z0-9]+)'");

    private AdminLogin() {
    }

    /** The generated admin password from what the server printed when it started. */
    static String printedPassword(String console) {
        Matcher password = PRINTED_PASSWORD.matcher(console);
        assertThat(password.find()).as("the server printed its admin password").isTrue();
        return password.group(1);
    }

    /** Opens the page, is sent to the login, and logs in as admin; the caller waits for what it needs next. */
    static void logIn(WebDriver browser, WebDriverWait wait, URI page, String password) {
        browser.get(page.toString());
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("ps-username")).sendKeys("admin");
        browser.findElement(By.id("ps-password")).sendKeys(password);
        browser.findElement(By.id("ps-login-submit")).click();
    }
}
