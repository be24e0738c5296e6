package com.atlassian.user.search.page;

public interface Pager<T> extends Iterable<T> {
}
