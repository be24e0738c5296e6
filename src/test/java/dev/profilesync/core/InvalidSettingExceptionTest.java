package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvalidSettingExceptionTest {

    @Test
    void aValueThatFailedToParseKeepsTheParseErrorAsItsCause() {
        assertThatThrownBy(() -> new TimestampPattern("yyyyMMddHHmmss'Z"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("timestampPattern: ")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCauseDoesNotChangeTheMessageShownNextToTheField() {
        InvalidSettingException e = new InvalidSettingException("cron", "schedule.invalid", "has 5 fields",
                new DateTimeException("inner"));
        assertThat(e.detail()).isEqualTo("has 5 fields");
        assertThat(e.getCause()).hasMessage("inner");
    }
}
