package dev.profilesync.confluence;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.profilesync.i18n.Translations;
import dev.profilesync.web.AdminApi;
import dev.profilesync.web.AdminPage;
import dev.profilesync.web.AdminPaths;
import dev.profilesync.web.ApiRequest;
import dev.profilesync.web.ApiResponse;
import dev.profilesync.web.Caller;
import dev.profilesync.web.SecurityHeaders;
import dev.profilesync.web.StaticAsset;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Advanced Options inside Confluence, at /plugins/servlet/profile-sync/admin/: the shared admin page (decorated as
 * an admin page), its files and its JSON API. The servlet checks who is asking ({@link AdminGate}), parses the
 * request, calls the one {@link AdminApi} and writes its answer; the API decides what each caller may do. Changes
 * are POSTs only, each with Confluence's XSRF token. Created when first requested; {@link #destroy()} stops the
 * API's background worker when the plugin stops.
 */
public class AdminServlet extends HttpServlet {
    static final String URL_PATTERN = "/profile-sync/admin";
    static final String WEB_RESOURCES = "dev.profilesync.profile-sync:admin-resources";
    /** Admin settings are small; anything larger is not the page talking. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final transient AdminGate gate;
    private final transient PageBuilderService pageBuilder;
    private final transient Supplier<AdminApi> apiFactory;
    private final transient LocaleResolver locales;
    private transient volatile AdminApi api;

    public AdminServlet(HostServices host, ConfluenceHost runtime, LoginSyncListener loginSyncs) {
        this(host.adminGate(), host.pageBuilder(), host.locales(), () -> new AdminApi(runtime.engine(), runtime.ports(),
                new ConfluenceHostSchedule(host.scheduler()), Clock.systemUTC(),
                host.timeZones().getDefaultTimeZone().toZoneId(), java.util.Optional.of(loginSyncs))
                .withWriteBack(runtime.writeBackCheck(), runtime.audit())
                .withWriteBinds(runtime.writeBinds()));
    }

    AdminServlet(AdminGate gate, PageBuilderService pageBuilder, LocaleResolver locales,
                 Supplier<AdminApi> apiFactory) {
        this.gate = gate;
        this.pageBuilder = pageBuilder;
        this.locales = locales;
        this.apiFactory = apiFactory;
    }

    @Override
    public void init() {
        api = apiFactory.get();
    }

    @Override
    public void destroy() {
        AdminApi running = api;
        api = null;
        if (running != null) {
            running.close();
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminPaths.Target target = AdminPaths.resolve(request.getPathInfo());
        switch (target.kind()) {
            case REDIRECT_TO_ROOT -> response.sendRedirect(request.getRequestURI() + "/");
            case PAGE -> page(request, response);
            case ASSET -> asset(target.rest(), response);
            case API -> answer(response, ApiRequest.get(target.rest(), RequestParameters.firstValues(request),
                    caller(request, response)));
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminPaths.Target target = AdminPaths.resolve(request.getPathInfo());
        if (target.kind() != AdminPaths.Kind.API) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Optional<String> body = body(request);
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Caller caller = caller(request, response);
        answer(response, ApiRequest.post(target.rest(), body.get(), caller, gate.hasValidToken(request, response)));
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gate.admit(request, response).isEmpty()) {
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCES);
        response.setContentType(AdminPage.contentType());
        SecurityHeaders.hosted().forEach(response::setHeader);
        response.getWriter().write(AdminPage.html(AdminPage.Flavor.CONFLUENCE, Translations.of(language(request))));
    }

    private static void asset(String name, HttpServletResponse response) throws IOException {
        Optional<StaticAsset> asset = StaticAsset.find(name);
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(asset.get().contentType());
        SecurityHeaders.hosted().forEach(response::setHeader);
        response.getOutputStream().write(asset.get().bytes());
    }

    /**
     * The caller as the API sees it. A system administrator whose WebSudo session lapsed counts as not logged in:
     * the API answers 401, the page reloads, and Confluence asks for the password before showing it again.
     */
    private Caller caller(HttpServletRequest request, HttpServletResponse response) {
        AdminGate.ApiCaller who = gate.apiCaller(request);
        if (who.username().isEmpty() || (who.systemAdmin() && !who.webSudo())) {
            return Caller.ANONYMOUS.in(language(request));
        }
        return new Caller(who.username(), who.systemAdmin(), who.systemAdmin() ? gate.tokenFor(request, response) : "",
                language(request));
    }

    /**
     * The user's language as Confluence resolves it (their profile's setting, else the site's default). Not the
     * browser's Accept-Language: Confluence's own pages around this one follow the profile, and so does this page.
     */
    private Locale language(HttpServletRequest request) {
        return locales.getLocale(request);
    }

    private void answer(HttpServletResponse response, ApiRequest request) throws IOException {
        AdminApi running = api;
        if (running == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        ApiResponse answer = running.handle(request);
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        SecurityHeaders.hosted().forEach(response::setHeader);
        response.getOutputStream().write(answer.body());
    }

    /** The request body as UTF-8, or empty when it is larger than {@link #MAX_BODY_BYTES}. */
    private static Optional<String> body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? Optional.empty()
                    : Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
