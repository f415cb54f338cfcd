package org.kapitza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects of issue 11, each tried as the hostile user did: every one an exit code 2 (input) or 4
 * (environment) with one line naming the file, the line or --set, and the key; never a stack trace.
 */
class HardeningTest {
    private static Path everything;
    private static Path twoSlab;
    private static Path grid;
    private static Path transientCase;

    @BeforeAll
    static void locate() throws Exception {
        everything = Path.of(HardeningTest.class.getResource("/cases/everything.yaml").toURI());
        twoSlab = Path.of(HardeningTest.class.getResource("/cases/two-slab.yaml").toURI());
        grid = Path.of(HardeningTest.class.getResource("/cases/everything-grid.yaml").toURI());
        transientCase = Path.of(HardeningTest.class.getResource("/cases/everything-transient.yaml").toURI());
    }

    /** One clear line: exit code, "error: " first, one line, no trace. */
    static String refused(int code, String... args) {
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertEquals(code, r.code(), "exit code; stderr: " + r.err() + " stdout: " + r.out());
        String err = r.err().strip();
        assertTrue(err.startsWith("error: "), err);
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace or exception name: " + err);
        return err;
    }

    static String refused(String... args) {
        return refused(Main.INVALID_INPUT, args);
    }

    private static Path variant(Path dir, String file, String from, String to) throws Exception {
        String text = Files.readString(twoSlab);
        assertTrue(text.contains(from), from);
        return Files.writeString(dir.resolve(file), text.replace(from, to));
    }

    // ---- internal errors that were stack traces --------------------------------------------------------

    @Test
    void aNullNameIsRefusedWithItsKey(@TempDir Path dir) throws Exception {
        String err = refused("check", variant(dir, "c.yaml", "name: two-slab", "name: ~").toString());
        assertTrue(err.contains("c.yaml:3: name: has no value"), err);
        String empty = refused("check", twoSlab.toString(), "--set", "interfaces[0].R=~");
        assertTrue(empty.contains("interfaces[0].R") && empty.contains("--set interfaces[0].R=~"), empty);
    }

    @Test
    void anOverlongNameIsRefusedBeforeSolving(@TempDir Path dir) throws Exception {
        String err = refused("run", "-q", variant(dir, "c.yaml", "name: two-slab", "name: " + "x".repeat(300)).toString(),
                "-o", dir.resolve("out").toString());
        assertTrue(err.contains("name") && err.contains("300 characters; at most 100"), err);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aTinyMeanGrainSizeIsRefusedNotANegativeArray() {
        String err = refused("check", grid.toString(), "--set", "mesh.polycrystals[0].mean_size=1 fm");
        assertTrue(err.contains("mesh.polycrystals[0]") && err.contains("grains") && err.contains("cells to hold them"), err);
    }

    @Test
    void aListIndexBeyondAnIntIsRefusedWithTheListSize() {
        String err = refused("check", twoSlab.toString(), "--set", "interfaces[99999999999].R=1");
        assertTrue(err.contains("--set interfaces[99999999999].R=1") && err.contains("1 entry")
                && err.contains("index 99999999999 does not exist"), err);
    }

    @Test
    void numbersBeyondTheRangeOfADoubleAreRefusedWithTheKey() {
        String block = refused("check", everything.toString(), "--set", "sources[1].blocks[0].power=1e400 W");
        assertTrue(block.contains("sources[1].blocks[0].power") && block.contains("beyond the range"), block);
        String plain = refused("check", twoSlab.toString(), "--set", "interfaces[0].R=1e400");
        assertTrue(plain.contains("--set interfaces[0].R=1e400") && plain.contains("beyond the range"), plain);
    }

    @Test
    void aHugeMeshIsRefusedBeforeAllocatingIn1d2dAnd3d() {
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        String oneD = refused("check", twoSlab.toString(), "--set", "mesh.grid.x.cells=2000000000");
        assertTrue(oneD.contains("mesh.grid") && oneD.contains("2.00e+09 cells"), oneD);
        String twoD = refused("check", twoSlab.toString(), "--set", "mesh.grid.y={from: 0, to: 1, cells: 2000000000}",
                "--set", "mesh.grid.x.cells=2000000000");
        assertTrue(twoD.contains("4.00e+18 cells") && !twoD.contains("about -"), twoD);
        String stack = refused("check", everything.toString(), "--set", "mesh.stack.base.cells=[100000000, 100000000]");
        assertTrue(stack.contains("e+16 cells") && stack.contains("TB") && !stack.contains("about -"), stack);
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < 500L << 20, "nothing large was allocated");
    }

    @Test
    void inputsThatAreNotRegularFilesAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        if (Files.exists(Path.of("/dev/zero"))) {
            assertTrue(refused("check", "/dev/zero").contains("/dev/zero: is not a regular file"));
        }
        Path a = dir.resolve("loop-a.yaml");
        Path b = dir.resolve("loop-b.yaml");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        assertTrue(refused("check", a.toString()).contains("loop of symbolic links"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("gone.yaml"));
        assertTrue(refused("check", dangling.toString()).contains("symbolic link to " + dir.resolve("gone.yaml")));
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: big\n# " + "x".repeat(3 << 20) + "\n");
        assertTrue(refused("check", big.toString()).contains("larger than the limit of 2.0 MB"));
        Path fifo = dir.resolve("fifo.yaml");
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo");
        }
        assertTrue(refused("check", fifo.toString()).contains("is not a regular file (a FIFO"));
        String trace = refused("check", transientCase.toString(), "--set", "sources[1].trace.file=" + fifo);
        assertTrue(trace.contains("sources[1].trace.file") && trace.contains("not a regular file"), trace);
    }

    // ---- accepted when it should not be ---------------------------------------------------------------

    @Test
    void aPatchWithTwoConditionsIsRefused() {
        String err = refused("check", twoSlab.toString(), "--set", "boundaries[1]={patch: xmin, type: flux, q: 1 W/m^2}");
        assertTrue(err.contains("boundaries[1].patch") && err.contains("'xmin' already has a boundary condition (boundaries[0].patch)"), err);
    }

    @Test
    void aProfileLineOutsideTheMeshIsRefusedByCheckAndRun(@TempDir Path dir) {
        for (String line : List.of("{from: [2, 0.5, 0.5], to: [3, 0.5, 0.5]}", "{from: [0.5, 0, 0], to: [1.5, 0, 0]}",
                "{from: [0, 7, 0.5], to: [1, 7, 0.5]}")) {
            String check = refused("check", twoSlab.toString(), "--set", "output={line: " + line + "}");
            assertTrue(check.contains("output.line.") && check.contains("lies outside the mesh"), check);
            String run = refused("run", "-q", twoSlab.toString(), "-o", dir.resolve("o").toString(), "--set", "output={line: " + line + "}");
            assertTrue(run.contains("lies outside the mesh"), run);
            assertFalse(Files.exists(dir.resolve("o")), "refused before writing");
        }
        CommandLineTest.Run inside = CommandLineTest.run("check", twoSlab.toString(), "--set",
                "output={line: {from: [0, 0.5, 0.5], to: [1, 0.5, 0.5]}}");
        assertEquals(Main.OK, inside.code(), inside.err());
    }

    @Test
    void namesAreTextAndNeverHiddenFiles(@TempDir Path dir) throws Exception {
        CommandLineTest.Run no = CommandLineTest.run("check", variant(dir, "no.yaml", "name: two-slab", "name: no").toString());
        assertEquals(Main.OK, no.code(), no.err());
        assertTrue(no.out().startsWith("Case no:"), "YAML 1.2: no is text: " + no.out());
        assertTrue(refused("check", variant(dir, "t.yaml", "name: two-slab", "name: true").toString())
                .contains("name: expected text, got true"));
        for (String bad : List.of("\".\"", "\"..\"", ".hidden", "a/b")) {
            String err = refused("check", variant(dir, "d.yaml", "name: two-slab", "name: " + bad).toString());
            assertTrue(err.contains("d.yaml:3: name:") && err.contains("not starting with '.'"), err);
        }
    }

    // ---- valid YAML refused or misread ----------------------------------------------------------------

    @Test
    void anchorsAliasesAndMergeKeysAreResolved(@TempDir Path dir) throws Exception {
        // slab-b takes slab-a's k through an alias: 10 W/m/K both sides, q = 100 K / (0.05 + 0.1 + 0.05) m²K/W.
        Path alias = variant(dir, "alias.yaml", "{name: slab-b, k: 2 W/m/K}", "{name: slab-b, k: *kk}");
        Files.writeString(alias, Files.readString(alias).replace("{name: slab-a, k: 10 W/m/K}", "{name: slab-a, k: &kk 10 W/m/K}"));
        CommandLineTest.Run r = CommandLineTest.run("run", "-q", alias.toString(), "-o", dir.resolve("a").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("500.00"), "q = 500 W/m²: " + r.out());
        Path merge = Files.writeString(dir.resolve("merge.yaml"), Files.readString(twoSlab).replace(
                "  - {patch: xmin, type: temperature, T: 400 K}", "  - &hot {patch: xmin, type: temperature, T: 400 K}")
                .replace("  - {patch: xmax, type: temperature, T: 300 K}", "  - {<<: *hot, patch: xmax, T: 300 K}"));
        CommandLineTest.Run m = CommandLineTest.run("check", merge.toString());
        assertEquals(Main.OK, m.code(), m.err());
        assertTrue(refused("check", variant(dir, "u.yaml", "k: 2 W/m/K", "k: *nowhere").toString())
                .contains("alias *nowhere names no anchor"));
    }

    @Test
    void nanInfinityTagsDocumentsAndComplexKeysAreRefusedWithTheLine(@TempDir Path dir) throws Exception {
        String nan = refused("check", variant(dir, "n.yaml", "R: 0.1 m^2*K/W", "R: .nan").toString());
        assertTrue(nan.contains("n.yaml:15: interfaces[0].R: '.nan'") && nan.contains("finite"), nan);
        String inf = refused("check", variant(dir, "i.yaml", "T: 400 K", "T: -.inf").toString());
        assertTrue(inf.contains("i.yaml:17: boundaries[0].T: '-.inf'"), inf);
        String tag = refused("check", variant(dir, "t.yaml", "R: 0.1 m^2*K/W", "R: !!str 0.1").toString());
        assertTrue(tag.contains("t.yaml:15: interfaces[0].R: YAML tag"), tag);
        String custom = refused("check", variant(dir, "c.yaml", "k: 2 W/m/K", "k: !custom 2").toString());
        assertTrue(custom.contains("materials[1].k: YAML tag") && custom.contains("custom"), custom);
        Path docs = Files.writeString(dir.resolve("docs.yaml"), Files.readString(twoSlab) + "---\nname: second\n");
        String two = refused("check", docs.toString());
        assertTrue(two.contains("docs.yaml:20: holds a second YAML document"), two);
        Path dup = Files.writeString(dir.resolve("dup.yaml"), Files.readString(twoSlab).replace("    x: {from: 0, to: 1 m, cells: 10}",
                "    x: {from: 0, to: 1 m, cells: 10}\n    x: {from: 0, to: 2 m, cells: 10}"));
        String twice = refused("check", dup.toString());
        assertTrue(twice.contains("dup.yaml:8: mesh.grid.x: the key appears twice"), twice);
        Path complex = Files.writeString(dir.resolve("complex.yaml"), Files.readString(twoSlab) + "? [a, b]\n: 1\n");
        String key = refused("check", complex.toString());
        assertTrue(key.contains("complex.yaml:19") && key.contains("complex key") && !key.contains("Event"), key);
    }

    @Test
    void aRegionNameWithANonAsciiLetterIsAccepted(@TempDir Path dir) throws Exception {
        Path c = Files.writeString(dir.resolve("c.yaml"), Files.readString(twoSlab).replace("left", "gauche-é"));
        CommandLineTest.Run r = CommandLineTest.run("check", c.toString());
        assertEquals(Main.OK, r.code(), r.err());
    }

    // ---- misleading messages ----------------------------------------------------------------------------

    @Test
    void aValueSetOnTheCommandLineIsBlamedForTheKeysItCreates() {
        String err = refused("check", twoSlab.toString(), "--set", "transient.end=1s");
        assertTrue(err.contains("transient: missing required key 'initial'") && err.contains("--set transient.end=1s")
                && !err.contains("two-slab.yaml:3"), err);
    }

    @Test
    void expectedValuesAreSaidOnceAndInTheirUsualForm() {
        String table = refused("check", twoSlab.toString(), "--set", "boundaries[0].T=[1, 2]");
        assertFalse(table.contains("a a "), table);
        String k = refused("check", twoSlab.toString(), "--set", "materials[0].k=[1, 2]");
        assertTrue(k.contains("materials[0].k: expected a thermal conductivity such as 4 W/m/K"), k);
        String initial = refused("check", transientCase.toString(), "--set", "transient.initial=300 K");
        assertTrue(initial.contains("{T: 300 K}"), initial);
    }

    @Test
    void aBadOptionIsOneLineNotTheUsage() {
        String err = refused("run", "--frobnicate", twoSlab.toString());
        assertTrue(err.contains("Unknown option: '--frobnicate'") && err.contains("kapitza run --help"), err);
    }

    @Test
    void theHelpListsTheExitCodesFourIncluded() {
        CommandLineTest.Run help = CommandLineTest.run("--help");
        assertEquals(Main.OK, help.code());
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("4   the environment failed"), help.out());
    }

    @Test
    void nestedModelsListOnlyTheirOwnKeys() {
        String contact = refused("check", twoSlab.toString(), "--set",
                "boundaries[1]={patch: xmax, type: temperature, T: 4 K, contact: {model: constant, R: 1, bogus: 2}}");
        assertTrue(contact.contains("allowed here: R ") || contact.endsWith("allowed here: R"), contact);
        assertFalse(contact.contains("between") || contact.contains("staircase") || contact.contains("materials"), contact);
        String part = refused("check", twoSlab.toString(), "--set",
                "interfaces[0]={between: [left, right], model: series, parts: [{model: constant, R: 1, bogus: 1}]}");
        assertFalse(part.contains("allowed here: R, region") || part.contains("staircase"), part);
        String rule = refused("check", twoSlab.toString(), "--set", "interfaces[0].bogus=1");
        assertTrue(rule.contains("between") && !rule.contains("staircase"), rule);
    }

    @Test
    void aFileThatIsNotATraceIsSaidToBeOne(@TempDir Path dir) throws Exception {
        Path notTrace = Files.writeString(dir.resolve("notes.txt"), "Dear reader, this is a letter\n1 2\n");
        String err = refused("check", transientCase.toString(), "--set", "sources[1].trace.file=" + notTrace);
        assertTrue(err.contains("notes.txt:1: sources[1].trace.file: is not a power trace of this map"), err);
        assertFalse(err.contains("Dear"), err);
    }

    // ---- faults: exit 4 for the environment, nothing damaged ------------------------------------------

    @Test
    void aWriteFailureIsExitFourAndKeepsThePreviousSet(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CommandLineTest.Run first = CommandLineTest.run("run", "-q", twoSlab.toString(), "-o", out.toString());
        assertEquals(Main.OK, first.code(), first.err());
        String summary = Files.readString(out.resolve("summary.json"));
        // A directory where the writer must make a hidden temporary file: the write fails as on a full disk.
        Path target = out.toRealPath();
        try (Stream<Path> s = Files.list(target)) {
            assertTrue(s.count() >= 5);
        }
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(target), "running as root: permissions are not enforced");
            String err = refused(Main.ENVIRONMENT, "run", "-q", twoSlab.toString(), "-o", target.toString(),
                    "--set", "boundaries[0].T=500 K");
            assertTrue(err.contains("cannot be written") || err.contains("cannot write"), err);
        } finally {
            Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(summary, Files.readString(out.resolve("summary.json")));
    }

    @Test
    void aResultFileThatCannotBeReplacedIsExitFourAndTheOldSetStays(@TempDir Path dir) throws Exception {
        CommandLineTest.Run first = CommandLineTest.run("run", "-q", twoSlab.toString(), "-o", dir.toString());
        assertEquals(Main.OK, first.code(), first.err());
        String summary = Files.readString(dir.resolve("summary.json"));
        Files.delete(dir.resolve("interfaces.csv"));
        Files.createDirectory(dir.resolve("interfaces.csv"));
        String err = refused(Main.ENVIRONMENT, "run", "-q", twoSlab.toString(), "-o", dir.toString(), "--set",
                "boundaries[0].T=500 K");
        assertTrue(err.contains("cannot write") && err.contains("interfaces.csv"), err);
        assertEquals(summary, Files.readString(dir.resolve("summary.json")), "the old set survives");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporaries left");
        }
    }

    @Test
    void aCheckpointThatCannotBeWrittenIsExitFour(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("checkpoint.bin"));
        String err = refused(Main.ENVIRONMENT, "run", "-q", transientCase.toString(), "-o", dir.toString(),
                "--set", "transient.end=2 ms");
        assertTrue(err.contains("checkpoint.bin") && err.contains("stopped at t ="), err);
    }

    @Test
    void theSetIsSwitchedWholeAndLeftoversOfKilledRunsAreCleaned(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results").resolve("two-slab");
        assertEquals(Main.OK, CommandLineTest.run("run", "-q", twoSlab.toString(), "-o", out.toString()).code());
        assertTrue(Files.isSymbolicLink(out), "a generation pointer");
        Path first = out.toRealPath();
        // What killed runs leave: an unfinished set, a temporary link, a hidden .tmp file in the set.
        Path unfinished = Files.createDirectory(dir.resolve("results").resolve(".two-slab.set-dead"));
        Files.writeString(unfinished.resolve("two-slab.vtr"), "half");
        Path link = Files.createSymbolicLink(dir.resolve("results").resolve(".two-slab.link-beef.tmp"), unfinished.getFileName());
        Path tmp = Files.writeString(first.resolve(".summary.json.abc123.tmp"), "half");
        assertEquals(Main.OK, CommandLineTest.run("run", "-q", twoSlab.toString(), "-o", out.toString(), "--set",
                "boundaries[0].T=500 K").code());
        Path second = out.toRealPath();
        assertFalse(second.equals(first));
        assertFalse(Files.exists(first) || Files.exists(unfinished) || Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || Files.exists(tmp), "left-overs deleted");
        try (Stream<Path> s = Files.list(dir.resolve("results"))) {
            assertEquals(2, s.count(), "the link and its one set");
        }
        assertTrue(Files.readString(out.resolve("summary.json")).contains("500"));
    }
}
