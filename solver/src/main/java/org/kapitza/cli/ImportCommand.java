package org.kapitza.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kapitza.InputException;
import org.kapitza.io.AtomicFile;
import org.kapitza.io.hotspot.HotSpotImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kapitza import}: case files from other tools' inputs. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Write a case file from another tool's input files.",
        subcommands = {ImportCommand.HotSpot.class})
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.INVALID_INPUT;
    }

    /** {@code kapitza import hotspot CONFIG FLP [PTRACE] [--lcf FILE] [-o case.yaml]}. */
    @Command(name = "hotspot", mixinStandardHelpOptions = true,
            description = "A complete, commented case file from a HotSpot configuration (-c), floorplan (.flp), optional"
                    + " power trace (.ptrace) and layer file (.lcf); the HotSpot options Kapitza cannot honour are named.")
    static final class HotSpot implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CONFIG", description = "HotSpot configuration file (-option value lines)")
        Path config;

        @Parameters(index = "1", paramLabel = "FLP", description = "floorplan (.flp) of the die")
        Path flp;

        @Parameters(index = "2", paramLabel = "PTRACE", arity = "0..1", description = "power trace (.ptrace); steady runs use"
                + " each block's mean")
        Path ptrace;

        @Option(names = "--lcf", paramLabel = "FILE", description = "layer configuration file (default: the config's"
                + " -grid_layer_file, else HotSpot's die and TIM)")
        Path lcf;

        @Option(names = {"-o", "--output"}, paramLabel = "CASE.yaml", description = "the case file to write (default: standard"
                + " output; file paths in it are then relative to the current directory)")
        Path output;

        @Option(names = "--name", description = "the case's name (default: the output file's name, else 'hotspot')")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path dir = output == null ? Path.of("") : output.toAbsolutePath().getParent();
            String caseName = name != null ? name : output == null ? "hotspot"
                    : output.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            caseName = caseName.replaceAll("[^A-Za-z0-9_.\\-]", "-");
            if (ptrace != null && !java.nio.file.Files.isRegularFile(ptrace)) {
                throw new InputException(ptrace + ": no power trace here");
            }
            HotSpotImport.Result r = HotSpotImport.of(config, flp, ptrace, lcf, dir, caseName);
            PrintWriter err = spec.commandLine().getErr();
            for (String n : r.notHonoured()) err.println("warning: HotSpot option not honoured: " + n);
            if (output == null) {
                spec.commandLine().getOut().print(r.yaml());
                spec.commandLine().getOut().flush();
            } else {
                AtomicFile.write(output, w -> w.write(r.yaml().getBytes(StandardCharsets.UTF_8)));
                spec.commandLine().getOut().println("Wrote " + output + " (" + caseName + "); solve it with: kapitza run " + output);
                spec.commandLine().getOut().flush();
            }
            err.flush();
            return Main.OK;
        }
    }
}
