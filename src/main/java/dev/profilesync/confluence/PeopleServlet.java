package dev.profilesync.confluence;

import com.atlassian.sal.api.auth.LoginUriProvider;
import dev.profilesync.core.people.OrgChart;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.Person;
import dev.profilesync.people.DirectoryRequest;
import dev.profilesync.web.SecurityHeaders;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The People page inside Confluence, at /plugins/servlet/profile-sync/people: the People Directory search over
 * the synced fields, and at {@code /people/{username}} one person's card and org chart, in Confluence's own page
 * chrome. Logged-in users with VIEW on the People Directory only: anonymous users go to the login page and back,
 * others get 403. Read-only, so it needs no XSRF token; Confluence's decorator sets the page's security headers.
 */
public class PeopleServlet extends HttpServlet {
    static final String URL_PATTERN = "/profile-sync/people";
    static final String TITLE = "profilesync.people.title";

    private final transient ConfluencePeople people;
    private final transient LoginUriProvider loginUris;

    public PeopleServlet(ConfluencePeople people, HostServices host) {
        this(people, host.loginUris());
    }

    PeopleServlet(ConfluencePeople people, LoginUriProvider loginUris) {
        this.people = people;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (people.viewer() == null) {
            response.sendRedirect(loginUris.getLoginUri(AdminGate.requestedUri(request)).toASCIIString());
            return;
        }
        if (!people.viewerMaySeePeople()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, people.text(ConfluencePeople.NOT_PERMITTED));
            return;
        }
        PeopleIndex index = people.index();
        String path = request.getPathInfo();
        Optional<String> html = path == null || path.equals("/") ? Optional.of(directory(index, request))
                : person(index, path.substring(1));
        if (html.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        people.requireResources();
        response.setContentType("text/html;charset=UTF-8");
        SecurityHeaders.hosted().forEach(response::setHeader);
        response.getWriter().write(html.get());
    }

    private String directory(PeopleIndex index, HttpServletRequest request) {
        DirectoryRequest search = DirectoryRequest.parse(RequestParameters.firstValues(request), index);
        String body = people.renderer().directory(index, search, index.search(search.query()), people.links());
        return people.templates().page(people.text(TITLE), body);
    }

    /** A listed person's card and org chart; empty (404) for anyone the policies do not list. */
    private Optional<String> person(PeopleIndex index, String username) {
        if (index.isReading()) {
            return Optional.of(people.templates().page(people.text(TITLE), people.renderer().reading()));
        }
        Optional<Person> person = index.person(username).filter(Person::listed);
        Optional<OrgChart> chart = person.flatMap(p -> index.orgChart(p.username()));
        if (person.isEmpty() || chart.isEmpty()) {
            return Optional.empty();
        }
        String card = people.renderer().card(index, person.get(), people.links());
        String orgChart = people.renderer().orgChart(index, chart.get(), people.links());
        return Optional.of(people.templates().page(person.get().fullName(), card + "\n" + orgChart));
    }
}
