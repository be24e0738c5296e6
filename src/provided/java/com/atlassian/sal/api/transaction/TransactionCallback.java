package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
