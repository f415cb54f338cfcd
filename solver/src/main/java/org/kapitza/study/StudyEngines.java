package org.kapitza.study;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.kapitza.InputException;
import org.kapitza.Suggest;

/** The one place that turns {@code --engine NAME} into an engine. */
public final class StudyEngines {
    /** The engine of this module. */
    public static final String EMBEDDED = "embedded";
    /** Apache Spark, from the {@code spark} module when it is on the class path. */
    public static final String SPARK = "spark";

    private StudyEngines() {
    }

    /**
     * The engine called {@code name}.
     *
     * @throws InputException for an unknown name, or {@code spark} without the spark module
     */
    public static StudyEngine create(String name, EngineOptions options) {
        if (EMBEDDED.equals(name)) return new EmbeddedEngine(options);
        List<String> names = new ArrayList<>(List.of(EMBEDDED, SPARK));
        for (StudyEngineFactory f : ServiceLoader.load(StudyEngineFactory.class)) {
            if (f.name().equals(name)) return f.create(options);
            if (!names.contains(f.name())) names.add(f.name());
        }
        if (SPARK.equals(name)) {
            throw new InputException("--engine spark needs the kapitza-spark module, which this launcher does not include:"
                    + " run the study with the spark module's jar (see the README, section Studies), or use --engine embedded");
        }
        throw new InputException("--engine " + name + ": unknown engine" + Suggest.didYouMean(name, names)
                + "; choose one of: " + String.join(", ", names));
    }
}
