package org.kapitza.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kapitza.Suggest;
import org.kapitza.io.casefile.CaseFileException;
import org.kapitza.io.casefile.CaseFileReader;
import org.kapitza.io.casefile.CaseKeys;
import org.kapitza.io.units.Units;

/**
 * A study expanded into its points. Every point is a list of {@code --set} overrides of the base case
 * (the study's fixed {@code set} first, then one per parameter and the ensemble seed), so a point runs
 * exactly as {@code kapitza run BASE --set ...} would. The expansion is deterministic — sampled designs
 * draw from a counter-based generator keyed by the seed, the parameter and the point — so any JVM that
 * holds the {@link StudySource} rebuilds the same plan and can run any point by its index alone.
 *
 * <p>Order: the design's points (grid: the first parameter varies slowest), each repeated over the
 * ensemble's seeds; then, with sensitivities, the base point and a step up and down of each parameter,
 * each also repeated over the seeds.
 */
public final class StudyPlan {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final double DEFAULT_STEP = 0.01;

    /** What a point is for. */
    public enum Role {
        /** A point of the design. */
        DESIGN,
        /** Every parameter at its base value. */
        BASE,
        /** One parameter stepped up from the base. */
        STEP_UP,
        /** One parameter stepped down from the base. */
        STEP_DOWN;

        /** As written in study.csv. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One point of the study.
     *
     * @param index     position in the plan (0-based): what identifies the point everywhere
     * @param role      design, base or a sensitivity step
     * @param group     the point before the ensemble repeats it (points of one group differ only in the seed)
     * @param member    which ensemble seed (0 without an ensemble)
     * @param parameter the parameter stepped (STEP_UP, STEP_DOWN), else −1
     * @param values    each parameter's value as passed to the case (SI numbers, or text), then the
     *                  ensemble seed; empty where the base case's own value stands
     * @param numbers   the same as numbers (NaN for text or the base case's own value)
     * @param overrides the {@code --set} assignments that make the point from the base case, in order
     */
    public record Point(int index, Role role, int group, int member, int parameter, List<String> values, double[] numbers,
                        List<String> overrides) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final StudySource source;
    private final CaseFileReader.Located<StudyFile> located;
    private final StudyFile file;
    private final List<Parameter> parameters;
    private final String ensembleKey;
    private final int members;
    private final List<Response> responses;
    private final List<Point> points;
    private final int designGroups;
    private final double step;

    private StudyPlan(StudySource source, CaseFileReader.Located<StudyFile> located, List<Parameter> parameters,
                      String ensembleKey, int members, List<Response> responses, List<Point> points, int designGroups,
                      double step) {
        this.source = source;
        this.located = located;
        this.file = located.value();
        this.parameters = List.copyOf(parameters);
        this.ensembleKey = ensembleKey;
        this.members = members;
        this.responses = List.copyOf(responses);
        this.points = List.copyOf(points);
        this.designGroups = designGroups;
        this.step = step;
    }

    /** Reads a study file and its base case and expands the plan. */
    public static StudyPlan read(Path studyFile) {
        return of(StudySource.read(studyFile));
    }

    /**
     * Expands the plan of a study from its text: the same on every JVM.
     *
     * @throws CaseFileException for every mistake in the study file, located
     */
    public static StudyPlan of(StudySource source) {
        CaseFileReader reader = new CaseFileReader();
        Path studyPath = Path.of(source.studyPath());
        CaseFileReader.Located<StudyFile> at = reader.readText(studyPath, source.studyText(), StudyFile.class);
        StudyFile f = at.value();
        if (!NAME.matcher(f.name()).matches()) {
            throw at.error("name", "'" + f.name() + "' is not a name: use letters, digits, '.', '_', '-'");
        }
        List<String> fixed = f.set() == null ? List.of() : f.set();
        JsonNode tree;
        try {
            tree = reader.tree(Path.of(source.basePath()), source.baseText(), fixed);
        } catch (CaseFileException e) {
            throw at.error("set", e.getMessage());
        }
        String design = f.design() == null ? "grid" : f.design();
        if (!StudyFile.DESIGNS.contains(design)) {
            throw at.error("design", "unknown design '" + design + "'" + Suggest.didYouMean(design, StudyFile.DESIGNS)
                    + "; choose one of: " + String.join(", ", StudyFile.DESIGNS));
        }
        boolean sampled = design.equals("monte-carlo") || design.equals("latin-hypercube");
        if (f.parameters().isEmpty()) throw at.error("parameters", "a study needs at least one parameter");
        List<Parameter> params = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < f.parameters().size(); i++) {
            Parameter p = ParameterResolver.resolve(at, "parameters[" + i + "]", f.parameters().get(i), tree, sampled);
            if (keys.contains(p.key())) throw at.error("parameters[" + i + "].key", "'" + p.key() + "' is varied twice");
            keys.add(p.key());
            params.add(p);
        }
        // Parameters only differentiated: the design leaves them at the base case's value
        if (f.sensitivities() != null && f.sensitivities().parameters() != null) {
            double range = f.sensitivities().range() == null ? 0.1 : f.sensitivities().range();
            if (!(range > 0 && range < 1)) throw at.error("sensitivities.range", "a relative range in (0, 1) is needed, got " + range);
            List<String> chosen = f.sensitivities().parameters();
            for (int i = 0; i < chosen.size(); i++) {
                String c = chosen.get(i);
                boolean known = params.stream().anyMatch(p -> p.key().equals(c) || p.name().equals(c));
                if (!known) params.add(ParameterResolver.differentiated(at, "sensitivities.parameters[" + i + "]", c, tree, range));
            }
        }
        // Designs and their sizes
        int samples = 0;
        if (sampled) {
            if (f.samples() == null) throw at.error("samples", "design " + design + " needs 'samples' (the number of points)");
            if (f.samples() < 2) throw at.error("samples", "needs at least 2 points, got " + f.samples());
            samples = f.samples();
        } else {
            if (f.samples() != null) throw at.error("samples", "'samples' is for the monte-carlo and latin-hypercube designs");
            if (f.seed() != null) throw at.error("seed", "'seed' is for the monte-carlo and latin-hypercube designs");
        }
        long seed = f.seed() == null ? 1 : f.seed();
        List<String[]> design0 = new ArrayList<>(); // texts per group
        List<double[]> numbers0 = new ArrayList<>();
        int limit = f.limits() != null && f.limits().points() != null ? f.limits().points() : 100_000;
        switch (design) {
            case "grid" -> {
                long n = 1;
                for (Parameter p : params) n *= p.texts().size();
                if (n > limit) throw at.error("parameters", "the grid has " + n + " points, more than the limit of " + limit
                        + " (limits.points)");
                int[] idx = new int[params.size()];
                for (long g = 0; g < n; g++) {
                    long rest = g;
                    for (int j = params.size() - 1; j >= 0; j--) {
                        int m = params.get(j).texts().size();
                        idx[j] = (int) (rest % m);
                        rest /= m;
                    }
                    addListed(params, idx, design0, numbers0);
                }
            }
            case "zip" -> {
                int n = params.get(0).texts().size();
                for (int j = 1; j < params.size(); j++) {
                    if (params.get(j).swept() && params.get(j).texts().size() != n) {
                        throw at.error("parameters[" + j + "]", "design zip takes the lists side by side, so every parameter"
                                + " needs the same number of values: " + params.get(0).key() + " has " + n + ", "
                                + params.get(j).key() + " has " + params.get(j).texts().size());
                    }
                }
                int[] idx = new int[params.size()];
                for (int g = 0; g < n; g++) {
                    for (int j = 0; j < idx.length; j++) idx[j] = params.get(j).swept() ? g : 0;
                    addListed(params, idx, design0, numbers0);
                }
            }
            default -> {
                boolean lhs = design.equals("latin-hypercube");
                int[][] strata = new int[params.size()][];
                if (lhs) for (int j = 0; j < params.size(); j++) strata[j] = Sampler.permutation(seed, j, samples);
                for (int g = 0; g < samples; g++) {
                    String[] t = new String[params.size()];
                    double[] x = new double[params.size()];
                    for (int j = 0; j < params.size(); j++) {
                        double u = Sampler.uniform(seed, j, g);
                        if (lhs) u = (strata[j][g] + u) / samples;
                        Parameter p = params.get(j);
                        if (p.sampled()) {
                            x[j] = p.distribution().quantile(u);
                            t[j] = p.text(x[j]);
                        } else {
                            int k = Math.min(p.texts().size() - 1, (int) (u * p.texts().size()));
                            t[j] = p.texts().get(k);
                            x[j] = p.numbers()[k];
                        }
                    }
                    design0.add(t);
                    numbers0.add(x);
                }
            }
        }
        // Ensemble
        String ensembleKey = null;
        int members = 1;
        long first = 1;
        if (f.ensemble() != null) {
            ensembleKey = f.ensemble().key();
            CaseKeys.Key k;
            try {
                k = CaseKeys.resolve(tree, ensembleKey);
            } catch (IllegalArgumentException e) {
                throw at.error("ensemble.key", "'" + ensembleKey + "': " + e.getMessage());
            }
            if (k.kind() != CaseKeys.Kind.WHOLE) {
                throw at.error("ensemble.key", "'" + ensembleKey + "' is not a whole number (a seed such as"
                        + " mesh.polycrystals[0].seed or grain_boundaries[0].seed)");
            }
            if (keys.contains(ensembleKey)) throw at.error("ensemble.key", "'" + ensembleKey + "' is also a parameter");
            if (f.ensemble().count() < 1) throw at.error("ensemble.count", "needs at least 1 member, got " + f.ensemble().count());
            members = f.ensemble().count();
            first = f.ensemble().first() == null ? 1 : f.ensemble().first();
        }
        // Sensitivities
        double step = DEFAULT_STEP;
        List<Integer> stepped = new ArrayList<>();
        if (f.sensitivities() != null) {
            if (f.sensitivities().step() != null) step = f.sensitivities().step();
            if (!(step > 0 && step < 0.5)) throw at.error("sensitivities.step", "a relative step in (0, 0.5) is needed, got " + step);
            List<String> chosen = f.sensitivities().parameters();
            for (int j = 0; j < params.size(); j++) {
                Parameter p = params.get(j);
                boolean wanted = chosen == null || chosen.contains(p.key()) || chosen.contains(p.name());
                if (!wanted) continue;
                if (p.caseKey().kind() != CaseKeys.Kind.QUANTITY) {
                    if (chosen != null) throw at.error("sensitivities.parameters", "'" + p.key() + "' is not a continuous quantity");
                    continue;
                }
                if (!Double.isFinite(p.base()) || p.base() == 0) {
                    throw at.error("parameters[" + j + "]", "sensitivities need the base value of " + p.key() + " (not in the"
                            + " base case" + (p.base() == 0 ? " or zero, where a relative step is none" : "") + "): give 'base'");
                }
                stepped.add(j);
            }
        }
        long groups = design0.size() + (f.sensitivities() != null ? 1 + 2L * stepped.size() : 0);
        if (groups * members > limit) {
            throw at.error(f.ensemble() != null ? "ensemble.count" : "parameters", "the study has " + groups * members
                    + " points, more than the limit of " + limit + " (limits.points)");
        }
        // Points
        List<Point> points = new ArrayList<>();
        int g = 0;
        for (int d = 0; d < design0.size(); d++, g++) {
            addGroup(points, Role.DESIGN, g, -1, params, design0.get(d), numbers0.get(d), fixed, ensembleKey, members, first);
        }
        if (f.sensitivities() != null) {
            String[] bt = new String[params.size()];
            double[] bx = new double[params.size()];
            for (int j = 0; j < params.size(); j++) {
                Parameter p = params.get(j);
                bx[j] = p.base();
                bt[j] = Double.isFinite(p.base()) && p.numeric() ? p.text(p.base()) : "";
            }
            addGroup(points, Role.BASE, g++, -1, params, bt, bx, fixed, ensembleKey, members, first);
            for (int j : stepped) {
                Parameter p = params.get(j);
                for (Role r : new Role[] {Role.STEP_UP, Role.STEP_DOWN}) {
                    String[] t = bt.clone();
                    double[] x = bx.clone();
                    x[j] = p.base() * (r == Role.STEP_UP ? 1 + step : 1 - step);
                    t[j] = p.text(x[j]);
                    addGroup(points, r, g++, j, params, t, x, fixed, ensembleKey, members, first);
                }
            }
        }
        List<Response> responses = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (f.responses().isEmpty()) throw at.error("responses", "a study needs at least one response");
        for (int i = 0; i < f.responses().size(); i++) {
            StudyFile.ResponseSpec r = f.responses().get(i);
            Response resp;
            try {
                resp = Response.parse(r.name(), r.path());
            } catch (IllegalArgumentException e) {
                throw at.error("responses[" + i + "].path", e.getMessage());
            }
            if (names.contains(resp.name())) throw at.error("responses[" + i + "]", "two responses are named '" + resp.name() + "'");
            names.add(resp.name());
            responses.add(resp);
        }
        return new StudyPlan(source, at, params, ensembleKey, members, responses, points, design0.size(), step);
    }

    private static void addListed(List<Parameter> params, int[] idx, List<String[]> texts, List<double[]> numbers) {
        String[] t = new String[params.size()];
        double[] x = new double[params.size()];
        for (int j = 0; j < params.size(); j++) {
            t[j] = params.get(j).texts().get(idx[j]);
            x[j] = params.get(j).numbers()[idx[j]];
        }
        texts.add(t);
        numbers.add(x);
    }

    private static void addGroup(List<Point> points, Role role, int group, int parameter, List<Parameter> params,
                                 String[] texts, double[] numbers, List<String> fixed, String ensembleKey, int members,
                                 long first) {
        for (int m = 0; m < members; m++) {
            List<String> values = new ArrayList<>();
            List<String> overrides = new ArrayList<>(fixed);
            double[] x = new double[params.size() + (ensembleKey == null ? 0 : 1)];
            for (int j = 0; j < params.size(); j++) {
                values.add(texts[j]);
                x[j] = texts[j].isEmpty() ? Double.NaN : numbers[j];
                if (!texts[j].isEmpty()) overrides.add(params.get(j).key() + "=" + texts[j]);
            }
            if (ensembleKey != null) {
                long seed = first + m;
                values.add(Long.toString(seed));
                x[params.size()] = seed;
                overrides.add(ensembleKey + "=" + seed);
            }
            points.add(new Point(points.size(), role, group, m, parameter, Collections.unmodifiableList(values), x,
                    Collections.unmodifiableList(overrides)));
        }
    }

    /** The text and paths the plan was made from: all another JVM needs. */
    public StudySource source() {
        return source;
    }

    /** The study file as bound. */
    public StudyFile file() {
        return file;
    }

    /** An error located in the study file. */
    public CaseFileException error(String keyPath, String message) {
        return located.error(keyPath, message);
    }

    public String name() {
        return file.name();
    }

    public Path studyPath() {
        return Path.of(source.studyPath());
    }

    public Path basePath() {
        return Path.of(source.basePath());
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The ensemble's seed key, or null. */
    public String ensembleKey() {
        return ensembleKey;
    }

    /** Seeds per point (1 without an ensemble). */
    public int members() {
        return members;
    }

    public List<Response> responses() {
        return responses;
    }

    public List<Point> points() {
        return points;
    }

    public Point point(int index) {
        return points.get(index);
    }

    /** Groups (points before the ensemble) of the design itself. */
    public int designGroups() {
        return designGroups;
    }

    /** Whether the design samples (Monte Carlo, Latin hypercube): then statistics per response. */
    public boolean sampled() {
        String d = file.design();
        return "monte-carlo".equals(d) || "latin-hypercube".equals(d);
    }

    /** The design's name. */
    public String design() {
        return file.design() == null ? "grid" : file.design();
    }

    /** Relative step of the sensitivities. */
    public double step() {
        return step;
    }

    /** Column names of the parameter values: each parameter's name, then the ensemble key. */
    public List<String> valueColumns() {
        List<String> c = new ArrayList<>();
        for (Parameter p : parameters) c.add(p.name());
        if (ensembleKey != null) c.add(ensembleKey);
        return c;
    }
}
