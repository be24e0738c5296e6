package dev.profilesync.standalone.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartupTest {
    @Test
    void medianOfTheRunsIsComparedWithTheTarget() {
        BenchResult.Startup startup = BenchResult.Startup.of("java -jar x.jar sync", List.of(900.0, 1500.0, 700.0),
                List.of(2000.0, 2500.0, 1800.0), 1000);

        assertThat(startup.medianFirstRequestMillis()).isEqualTo(900.0);
        assertThat(startup.met()).isTrue();
    }

    @Test
    void evenNumberOfRunsTakesTheMeanOfTheMiddleTwo() {
        assertThat(BenchResult.Startup.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
