package dev.profilesync.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.Person;
import dev.profilesync.people.ParameterException;

import java.util.Map;
import java.util.Optional;

/**
 * Takes the place of Confluence's own {@code profile} macro (its People Directory, user hover and personal spaces
 * render each person with it) to show the same card as the People page: Confluence's standard fields as synced,
 * plus ours. Like Confluence's macro it first checks VIEW on the People Directory and answers with Confluence's
 * own "not permitted" sentence. Someone the policies do not list is shown by name only, without a card; an
 * unknown user is said to be unknown. See docs/confluence.md for enabling and disabling it. Stateless.
 */
public class ProfileMacro implements Macro {
    static final String ERROR_TITLE = "profilesync.profile.error";
    static final String NOT_FOUND = "profilesync.profile.notfound";

    private final ConfluencePeople people;

    public ProfileMacro(ConfluencePeople people) {
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        String username = parameters == null ? null : parameters.get("user");
        if (username == null || username.isBlank()) {
            return people.renderer().error(people.text(ERROR_TITLE),
                    new ParameterException("user", "name the person whose profile to show"));
        }
        if (!people.viewerMaySeePeople()) {
            return people.notPermitted();
        }
        PeopleIndex index = people.index();
        if (index.isReading()) {
            return people.renderer().reading();
        }
        Optional<Person> person = index.person(username);
        if (person.isPresent() && person.get().listed()) {
            people.requireResources();
            return people.renderer().card(index, person.get(), people.links());
        }
        return person.map(Person::fullName).or(() -> people.fullName(username))
                .map(name -> people.templates().notice(name, ""))
                .orElseGet(() -> people.templates().notice(people.text(NOT_FOUND), username.strip()));
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
