package org.kapitza.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kapitza.io.AtomicFile;
import org.kapitza.io.GmshVtkResults;
import org.kapitza.io.casefile.GmshCase;
import org.kapitza.io.report.GmshReport;
import org.kapitza.io.report.ReportFiles;
import org.kapitza.poly.PolyResult;
import org.kapitza.poly.PolySolver;

/** A steady run on a Gmsh mesh: solve, write the ParaView files and summary.json, report. */
final class GmshRun {
    private GmshRun() {
    }

    static GmshReport run(GmshCase kase, Path out, boolean vtk, boolean compress, PrintStream log) throws IOException {
        for (String w : kase.warnings()) log.println("warning: " + w);
        PolyResult r = new PolySolver(kase.solver()).solve(kase.mesh(), kase.problem());
        long t1 = System.nanoTime();
        try (AtomicFile.Batch batch = AtomicFile.batch()) {
            List<String> files = new ArrayList<>();
            if (vtk) files.addAll(GmshVtkResults.write(out, kase.name(), r, compress));
            files.add("interfaces.csv");
            files.add("summary.json");
            String meshFile = kase.caseFile().toAbsolutePath().getParent() == null ? kase.meshFile().toString()
                    : kase.caseFile().toAbsolutePath().getParent().relativize(kase.meshFile()).toString();
            GmshReport report = GmshReport.of(kase.name(), kase.description(), meshFile, r, kase.solver().preconditioner(),
                    kase.readSeconds(), (System.nanoTime() - t1) * 1e-9, kase.warnings(), kase.notes(), files);
            ReportFiles.interfacesCsv(out.resolve("interfaces.csv"), report);
            ReportFiles.summaryJson(out.resolve("summary.json"), report);
            batch.commit();
            return report;
        }
    }
}
