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
        return runFile(Path.of(example, "case.yaml"), output, overrides);
    }

    /** Runs a case file (a variant of a shipped example that a test wrote, say). */
    static Pipeline.Outcome runFile(Path caseFile, Path output, String... overrides) throws Exception {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        Pipeline.Outcome outcome = new Pipeline(Settings.load()).run(caseFile, List.of(overrides), output, "off", quiet);
        ExamplePins.check(caseFile, List.of(overrides), output);
        return outcome;
    }

    /** The rows of a transient run's {@code probes.csv}: time (s), then one value per probe. */
    static List<double[]> probeRows(Path output) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(output.resolve("probes.csv"));
        return lines.subList(1, lines.size()).stream()
                .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
    }
}
