package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;

import java.util.Map;

public interface Condition extends BaseCondition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
