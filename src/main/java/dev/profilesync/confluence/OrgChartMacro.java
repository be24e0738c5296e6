package dev.profilesync.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.profilesync.core.people.OrgChart;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.people.ParameterException;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code org-chart} macro: the managers, peers and reports of the person named by {@code user}, or of the
 * viewer when it is empty. Shown to those who may see the People Directory; someone the policies do not list has
 * no chart, which the inline error says. Stateless.
 */
public class OrgChartMacro implements Macro {
    static final String ERROR_TITLE = "profilesync.org-chart.error";

    private final ConfluencePeople people;

    public OrgChartMacro(ConfluencePeople people) {
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        if (!people.viewerMaySeePeople()) {
            return people.notPermitted();
        }
        try {
            String username = username(parameters);
            PeopleIndex index = people.index();
            if (index.isReading()) {
                return people.renderer().reading();
            }
            OrgChart chart = index.orgChart(username).orElseThrow(() -> new ParameterException("user",
                    "'" + username + "' is not listed in the People Directory"));
            people.requireResources();
            return people.renderer().orgChart(index, chart, people.links());
        } catch (ParameterException e) {
            return people.renderer().error(people.text(ERROR_TITLE), e);
        }
    }

    private String username(Map<String, String> parameters) {
        Optional<String> named = Optional.ofNullable(parameters == null ? null : parameters.get("user"))
                .map(String::strip).filter(name -> !name.isEmpty());
        if (named.isPresent()) {
            return named.get();
        }
        ConfluenceUser viewer = people.viewer();
        if (viewer == null) {
            throw new ParameterException("user", "name a person; an anonymous viewer has no chart of their own");
        }
        return viewer.getName();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
