package org.kapitza.study;

import java.io.Serializable;
import java.nio.file.Path;
import org.kapitza.io.casefile.CaseFileReader;

/**
 * Everything a point needs besides the point's index, as text: the study file and its base case, with
 * the paths they were read from (for messages, and to resolve files the case names, such as power
 * traces, which must be reachable at the same path where the point runs). Another JVM — a Spark
 * executor — rebuilds the identical {@link StudyPlan} from it and runs any point by index.
 *
 * @param studyPath the study file's path
 * @param studyText its text
 * @param basePath  the base case's path (the study's {@code base}, resolved against the study's directory)
 * @param baseText  its text
 */
public record StudySource(String studyPath, String studyText, String basePath, String baseText) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reads a study file and the base case it names. */
    public static StudySource read(Path studyFile) {
        String text = CaseFileReader.text(studyFile);
        CaseFileReader.Located<StudyFile> s = new CaseFileReader().readText(studyFile, text, StudyFile.class);
        Path base = baseOf(studyFile, s);
        String baseText;
        try {
            baseText = CaseFileReader.text(base);
        } catch (org.kapitza.io.casefile.CaseFileException e) {
            throw s.error("base", "the base case " + e.getMessage());
        }
        return new StudySource(studyFile.toString(), text, base.toString(), baseText);
    }

    static Path baseOf(Path studyFile, CaseFileReader.Located<StudyFile> s) {
        Path base = s.directory().resolve(s.value().base()).normalize();
        Path here = Path.of("").toAbsolutePath();
        // Messages name the base case as the user would: relative to here when it lies below, else in full
        return base.startsWith(here) ? here.relativize(base) : base;
    }
}
