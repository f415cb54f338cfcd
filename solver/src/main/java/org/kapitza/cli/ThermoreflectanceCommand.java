package org.kapitza.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.kapitza.InputException;
import org.kapitza.Numbers;
import org.kapitza.io.AtomicFile;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.casefile.StackFile;
import org.kapitza.thermoreflectance.FitFiles;
import org.kapitza.thermoreflectance.FitResult;
import org.kapitza.thermoreflectance.ForwardModel;
import org.kapitza.thermoreflectance.LayeredStack;
import org.kapitza.thermoreflectance.LeastSquaresFit;
import org.kapitza.thermoreflectance.MeasuredData;
import org.kapitza.thermoreflectance.Sensitivity;
import org.kapitza.thermoreflectance.Setup;
import org.kapitza.thermoreflectance.StackModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kapitza fdtr} and {@code kapitza tdtr}: fit stack parameters (interface conductances, layer
 * conductivities, ...) to a measured phase or ratio sweep, or simulate one. Shared work is here; the two
 * commands differ in the measured quantity and its model.
 */
abstract class ThermoreflectanceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STACK", description = "the stack file (YAML: layers, interfaces, beams, fit, noise)")
    Path stackFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DATA.csv",
            description = "measured data (CSV, units in the header); without it the model's sweep and sensitivities are written")
    Path dataFile;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "directory for the results (default results/<name>-<command>)")
    Path output;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a stack-file value, e.g. --set noise.phase=0.1deg (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "layered",
            description = "forward model: layered (analytic, default) or fv (3D finite-volume harmonic solve)")
    String model;

    @Option(names = "--simulate", paramLabel = "FILE.csv",
            description = "write synthetic data from the stack's values at its sweep, with Gaussian noise of the stated size, and stop")
    Path simulate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed of --simulate (default ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract MeasuredData.Kind kind();

    abstract double[] sweep(Setup s);

    abstract ForwardModel forward(Setup s, double[] x);

    /** One standard deviation of each datum, or null when the stack states no noise. */
    abstract double[] sigma(Setup s, double[] data);

    abstract String noiseKey();

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.load();
        CaseFileReader.Located<StackFile> located = new CaseFileReader().readStack(stackFile, sets);
        Setup setup = Setup.from(located, new Pipeline(settings).libraries().materials());
        if (!model.equals("layered") && !model.equals("fv")) {
            throw new InputException("--model " + model + ": unknown model; choose layered or fv");
        }
        if (model.equals("fv") && kind() == MeasuredData.Kind.TDTR) {
            throw new InputException("--model fv: the finite-volume model computes FDTR phases only; use --model layered for TDTR");
        }
        String command = kind() == MeasuredData.Kind.FDTR ? "fdtr" : "tdtr";
        PrintWriter out = spec.commandLine().getOut();
        if (simulate != null) return simulate(setup, out);

        MeasuredData data = dataFile == null ? null : MeasuredData.read(dataFile, kind());
        double[] x = data != null ? data.x() : sweep(setup);
        ForwardModel forward = forward(setup, x);
        Path dir = output != null ? output : Path.of("results", setup.name() + "-" + command);
        createDirectory(dir);
        StackModel fitted = setup.model();
        double[] sigma = data == null ? null : sigma(setup, data.y());
        if (data != null) checkSign(data.y(), forward.predict(setup.model()));
        if (data != null && !setup.fit().isEmpty()) {
            if (sigma == null) {
                throw located.error("noise", "a fit needs the measurement's noise, e.g. noise: {" + noiseKey() + "}");
            }
            FitResult r = LeastSquaresFit.fit(forward, setup.model(), setup.fit(), data.y(), sigma);
            out.print(FitFiles.table(r, forward));
            fitted = r.model();
            FitFiles.json(dir.resolve("fit.json"), setup.name(), r, forward);
        }
        double[] predicted = forward.predict(fitted);
        if (data != null) {
            FitFiles.fitCsv(dir.resolve("fit.csv"), forward, x, data.y(), predicted);
            FitFiles.fitPng(dir.resolve("fit.png"), setup.name() + ": " + command.toUpperCase(Locale.ROOT) + " data and "
                    + forward.name() + " model", forward, x, data.y(), predicted, sigma != null ? sigma : new double[x.length],
                    setup.fit().isEmpty() ? forward.name() + " model" : "fit (" + forward.name() + ")");
        } else {
            FitFiles.fitCsv(dir.resolve("model.csv"), forward, x, null, predicted);
            FitFiles.fitPng(dir.resolve("model.png"), setup.name() + ": " + forward.name() + " model", forward, x, null, predicted,
                    null, forward.name() + " model");
        }
        List<String> shown = setup.fit().isEmpty() ? defaultSensitivities(fitted) : setup.fit();
        double[][] s = Sensitivity.of(forward, fitted, shown);
        FitFiles.sensitivityCsv(dir.resolve("sensitivity.csv"), forward, x, shown, s);
        FitFiles.sensitivityPng(dir.resolve("sensitivity.png"), setup.name() + ": sensitivities", forward, x, shown, s);
        out.println("Results in " + dir.toAbsolutePath().normalize() + ": " + (data == null ? "model.csv, model.png" : "fit.csv, fit.png")
                + (data != null && !setup.fit().isEmpty() ? ", fit.json" : "") + ", sensitivity.csv, sensitivity.png");
        out.flush();
        return Main.OK;
    }

    private int simulate(Setup setup, PrintWriter out) throws IOException {
        double[] x = sweep(setup);
        double[] y = forward(setup, x).predict(setup.model());
        double[] sigma = sigma(setup, y);
        if (sigma == null) throw new InputException(stackFile + ": --simulate needs the noise to add, e.g. noise: {" + noiseKey() + "}");
        Random random = new Random(seed);
        for (int i = 0; i < y.length; i++) y[i] += sigma[i] * random.nextGaussian();
        Path dir = simulate.toAbsolutePath().getParent();
        if (dir != null) createDirectory(dir);
        boolean fdtr = kind() == MeasuredData.Kind.FDTR;
        AtomicFile.write(simulate, o -> {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8));
            w.println("# synthetic " + (fdtr ? "FDTR" : "TDTR") + " data from " + stackFile.getFileName() + ", seed " + seed);
            w.println(fdtr ? "frequency [Hz],phase [deg]" : "delay [ps],ratio");
            for (int i = 0; i < x.length; i++) {
                w.printf(Locale.ROOT, "%.8g,%.8g%n", fdtr ? x[i] : x[i] * 1e12, y[i]);
            }
            w.flush();
        });
        out.println("Synthetic data (" + x.length + " points, noise " + Numbers.format(fdtr ? sigma[0] : setup.ratioNoise(), 3)
                + (fdtr ? " deg" : " relative") + ", seed " + seed + "): " + simulate);
        out.flush();
        return Main.OK;
    }

    /** A phase of the wrong sign is the commonest convention mix-up: say so rather than fit nonsense. */
    private void checkSign(double[] data, double[] model) {
        if (kind() != MeasuredData.Kind.FDTR) return;
        int opposite = 0;
        for (int i = 0; i < data.length; i++) if (data[i] * model[i] < 0 && Math.abs(data[i]) > 5) opposite++;
        if (opposite > data.length / 2) {
            throw new InputException(dataFile + ": the measured phases have the opposite sign of the model's (the surface temperature"
                    + " lags the pump, so its phase is negative); negate the phase column if your lock-in reports the lag as positive");
        }
    }

    private static List<String> defaultSensitivities(StackModel m) {
        List<String> names = new ArrayList<>();
        LayeredStack s = m.stack();
        for (int i = 0; i < s.layers().size(); i++) {
            var l = s.layers().get(i);
            if (l.kIn() == l.kCross()) {
                names.add(l.name() + ".k");
            } else {
                names.add(l.name() + ".k_in");
                names.add(l.name() + ".k_cross");
            }
            names.add(l.name() + ".C");
            if (!l.semiInfinite()) names.add(l.name() + ".thickness");
            if (i < s.interfaceCount() && s.conductance(i) != Double.POSITIVE_INFINITY) {
                names.add(l.name() + "|" + s.layers().get(i + 1).name() + ".G");
            }
        }
        names.add("beams.pump");
        return names;
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new InputException(dir + ": the output directory cannot be created (" + e.getMessage() + "); choose another with -o");
        }
    }

    @Command(name = "fdtr", mixinStandardHelpOptions = true,
            description = "Frequency-domain thermoreflectance: fit stack parameters to the measured phase against modulation frequency.")
    static final class Fdtr extends ThermoreflectanceCommand {
        @Override
        MeasuredData.Kind kind() {
            return MeasuredData.Kind.FDTR;
        }

        @Override
        double[] sweep(Setup s) {
            if (s.frequencies() == null) {
                throw new InputException(stackFile + ": no frequencies; give fdtr: {from: 10 kHz, to: 20 MHz, count: 20} or a data file");
            }
            return s.frequencies();
        }

        @Override
        ForwardModel forward(Setup s, double[] x) {
            return model.equals("fv") ? org.kapitza.thermoreflectance.FvModel.fdtr(x, 1) : ForwardModel.fdtrLayered(x);
        }

        @Override
        double[] sigma(Setup s, double[] data) {
            if (Double.isNaN(s.phaseNoise())) return null;
            double[] sigma = new double[data.length];
            java.util.Arrays.fill(sigma, s.phaseNoise());
            return sigma;
        }

        @Override
        String noiseKey() {
            return "phase: 0.2 deg";
        }
    }

    @Command(name = "tdtr", mixinStandardHelpOptions = true,
            description = "Time-domain thermoreflectance: fit stack parameters to the measured ratio -Vin/Vout against pump-probe delay.")
    static final class Tdtr extends ThermoreflectanceCommand {
        @Override
        MeasuredData.Kind kind() {
            return MeasuredData.Kind.TDTR;
        }

        @Override
        double[] sweep(Setup s) {
            requireTdtr(s);
            if (s.delays() == null) {
                throw new InputException(stackFile + ": no delays; give tdtr: {..., from: 100 ps, to: 4 ns, count: 30} or a data file");
            }
            return s.delays();
        }

        @Override
        ForwardModel forward(Setup s, double[] x) {
            requireTdtr(s);
            for (double d : x) {
                if (d >= 1 / s.repetition()) {
                    throw new InputException((dataFile != null ? dataFile : stackFile) + ": delay " + d + " s is not shorter than the pulse period "
                            + 1 / s.repetition() + " s");
                }
            }
            return ForwardModel.tdtrLayered(s.modulation(), s.repetition(), x);
        }

        private void requireTdtr(Setup s) {
            if (Double.isNaN(s.modulation())) {
                throw new InputException(stackFile + ": a TDTR run needs tdtr: {modulation: 9.8 MHz, repetition: 80 MHz}");
            }
        }

        @Override
        double[] sigma(Setup s, double[] data) {
            if (Double.isNaN(s.ratioNoise())) return null;
            double[] sigma = new double[data.length];
            for (int i = 0; i < data.length; i++) sigma[i] = s.ratioNoise() * Math.abs(data[i]);
            return sigma;
        }

        @Override
        String noiseKey() {
            return "ratio: 0.01";
        }
    }
}
