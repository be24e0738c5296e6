package com.atlassian.confluence.user;

import com.atlassian.confluence.core.ContentEntityObject;

public class PersonalInformation extends ContentEntityObject {
}
