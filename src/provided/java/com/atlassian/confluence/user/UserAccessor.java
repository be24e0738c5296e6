package com.atlassian.confluence.user;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;

import java.util.List;

public interface UserAccessor {
    ConfluenceUser getUserByName(String name);

    Pager<User> getUsers();

    // From GroupResolver, GroupMembershipAccessor (a default method there) and UserProfilePictureAccessor,
    // which the real UserAccessor extends.
    Group getGroup(String groupName);

    List<String> getMemberNamesAsList(Group group);

    ProfilePictureInfo getUserProfilePicture(User user);

    void setUserProfilePicture(User user, Attachment attachment);
}
