package org.kapitza.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.kapitza.cli.Pipeline;
import org.kapitza.cli.Settings;

/** Runs a shipped example through the same pipeline as {@code kapitza run}, writing into a test directory. */
final class ExampleRunner {
    private ExampleRunner() {
    }

    static Pipeline.Outcome run(String example, Path output, String... overrides) throws Exception {
        Path caseFile = Path.of(example, "case.yaml");
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        return new Pipeline(Settings.load()).run(caseFile, List.of(overrides), output, "off", quiet);
    }
}
