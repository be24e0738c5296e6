package com.atlassian.plugin.web.baseconditions;

public interface BaseCondition {
}
