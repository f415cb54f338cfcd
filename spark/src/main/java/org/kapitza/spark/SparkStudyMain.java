package org.kapitza.spark;

import java.util.ArrayList;
import java.util.List;
import org.kapitza.cli.Main;

/**
 * The study jar's main class, for {@code spark-submit}:
 * {@code spark-submit --master URL kapitza-study.jar STUDY.yaml [--resume] [-o DIR]} runs
 * {@code kapitza study STUDY.yaml --engine spark ...} with the master, executors and configuration
 * spark-submit gives. The exit code is {@code kapitza study}'s (4 when some points failed).
 */
public final class SparkStudyMain {
    private SparkStudyMain() {}

    public static void main(String[] args) {
        Main.main(arguments(args));
    }

    /** {@code study}, then the user's arguments, then {@code --engine spark} unless an engine is named. */
    static String[] arguments(String[] args) {
        List<String> a = new ArrayList<>();
        if (args.length == 0 || !args[0].equals("study")) a.add("study");
        boolean engine = false;
        for (String s : args) {
            a.add(s);
            engine |= s.equals("--engine") || s.startsWith("--engine=");
        }
        if (!engine && !a.contains("--help") && !a.contains("-h")) {
            a.add("--engine");
            a.add("spark");
        }
        return a.toArray(new String[0]);
    }
}
