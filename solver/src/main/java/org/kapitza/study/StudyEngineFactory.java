package org.kapitza.study;

/**
 * Makes a {@link StudyEngine} by name; engines in other modules (Apache Spark) register one in
 * {@code META-INF/services/org.kapitza.study.StudyEngineFactory}.
 */
public interface StudyEngineFactory {
    /** The name {@code --engine} selects. */
    String name();

    /** An engine for a study. */
    StudyEngine create(EngineOptions options);
}
