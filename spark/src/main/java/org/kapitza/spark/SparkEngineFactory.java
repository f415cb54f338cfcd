package org.kapitza.spark;

import org.kapitza.study.EngineOptions;
import org.kapitza.study.StudyEngine;
import org.kapitza.study.StudyEngineFactory;
import org.kapitza.study.StudyEngines;

/** {@code --engine spark}: registered in META-INF/services for {@link StudyEngines}. */
public final class SparkEngineFactory implements StudyEngineFactory {
    @Override
    public String name() {
        return StudyEngines.SPARK;
    }

    @Override
    public StudyEngine create(EngineOptions options) {
        return new SparkEngine(options);
    }
}
