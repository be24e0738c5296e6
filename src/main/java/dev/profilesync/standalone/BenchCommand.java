package dev.profilesync.standalone;

import picocli.CommandLine.Command;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "placeholder")
final class BenchCommand implements Callable<Integer> {
    BenchCommand(CliContext context) {
    }

    @Override
    public Integer call() {
        return 0;
    }
}
