package dev.profilesync.confluence;

import com.atlassian.plugin.web.Condition;

import java.util.Map;

/** Shows the header link "People" to logged-in users who may see the People Directory, as the People page requires. */
public class PeopleDirectoryCondition implements Condition {
    private final ConfluencePeople people;

    public PeopleDirectoryCondition(ConfluencePeople people) {
        this.people = people;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters: the People Directory permission is the whole condition.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return people.viewer() != null && people.viewerMaySeePeople();
    }
}
