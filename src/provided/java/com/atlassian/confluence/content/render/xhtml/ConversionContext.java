package com.atlassian.confluence.content.render.xhtml;

public interface ConversionContext {
}
