package com.atlassian.confluence.user;

import com.atlassian.user.User;

public interface PersonalInformationManager {
    PersonalInformation getOrCreatePersonalInformation(User user);
}
