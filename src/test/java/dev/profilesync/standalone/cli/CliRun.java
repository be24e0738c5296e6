package dev.profilesync.standalone.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the runner in-process with captured output, a given environment and working folder. */
final class CliRun {
    private CliRun() {
    }

    /** What one command line did. */
    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Result run(Path workingDir, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                environment::get, workingDir));
        return new Result(code, out.toString(), err.toString());
    }
}
