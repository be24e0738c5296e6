package com.atlassian.confluence.plugin.descriptor.web.conditions;

public class SystemAdministratorCondition {
}
