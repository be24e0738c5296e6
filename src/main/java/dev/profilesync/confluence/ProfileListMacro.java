package dev.profilesync.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.PeoplePage;
import dev.profilesync.people.ParameterException;
import dev.profilesync.people.ProfileListParameters;

import java.util.Map;

/**
 * The {@code profile-list} macro: people matching a filter (field values and a Confluence group), with the chosen
 * columns, as a table or cards. Shown to those who may see the People Directory; a parameter that cannot be used
 * renders an inline error naming it. Built by the plugin's container for each module; stateless.
 */
public class ProfileListMacro implements Macro {
    static final String ERROR_TITLE = "profilesync.profile-list.error";

    private final ConfluencePeople people;

    public ProfileListMacro(ConfluencePeople people) {
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        if (!people.viewerMaySeePeople()) {
            return people.notPermitted();
        }
        PeopleIndex index = people.index();
        try {
            ProfileListParameters list = ProfileListParameters.parse(parameters, index.fields(), true);
            PeoplePage page = index.search(list.query(people.membersOf(list.group())));
            people.requireResources();
            return people.renderer().profileList(index, list, page, people.links());
        } catch (ParameterException e) {
            return people.renderer().error(people.text(ERROR_TITLE), e);
        }
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
