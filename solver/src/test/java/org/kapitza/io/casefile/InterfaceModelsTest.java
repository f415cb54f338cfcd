package org.kapitza.io.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapitza.boundary.BoundaryCondition;
import org.kapitza.fv.GrainBoundaryRule;
import org.kapitza.fv.InterfaceRule;
import org.kapitza.interfaces.ModelDeclaration;

/**
 * Every interface model declared in {@link InterfaceModels} shall be buildable from a case file under its
 * declared name, and shall have a row in the README's table of interface models; the README shall list no
 * model that is not declared. A model added without a sample entry here, or without its documentation
 * line, fails this test.
 */
class InterfaceModelsTest {
    @TempDir
    Path dir;

    /** Where a sample entry stands. */
    private enum Place { INTERFACE, SAME_MATERIAL, GRAIN_BOUNDARY, BATH }

    private record Sample(Place place, String keys) {
    }

    /** A valid entry for each declared model, by name: its place and its own keys. */
    private static final Map<String, Sample> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("constant", new Sample(Place.INTERFACE, "R: 1e-4 m^2*K/W"));
        SAMPLES.put("power-law", new Sample(Place.INTERFACE, "R_ref: 1e-4 m^2*K/W, T_ref: 4 K, exponent: 3"));
        SAMPLES.put("radiative", new Sample(Place.INTERFACE, "RT3: 1e-3"));
        SAMPLES.put("contact", new Sample(Place.INTERFACE, "pressure: 1 MPa, hardness: 1 GPa, roughness: [1 um, 1 um],"
                + " slope: [0.1, 0.1]"));
        SAMPLES.put("layer", new Sample(Place.INTERFACE, "thickness: 25 um, k: 0.2 W/m/K"));
        SAMPLES.put("series", new Sample(Place.INTERFACE, "parts: [{model: constant, R: 1e-5}, {model: layer, thickness: 1 um,"
                + " material: copper}]"));
        SAMPLES.put("distribution", new Sample(Place.GRAIN_BOUNDARY, "kind: uniform, min: 1e-9, max: 2e-9, seed: 3"));
        SAMPLES.put("dmm", new Sample(Place.INTERFACE, "cutoff: debye"));
        SAMPLES.put("amm", new Sample(Place.INTERFACE, ""));
        SAMPLES.put("radiation-limit", new Sample(Place.INTERFACE, "cutoff: per-branch"));
        SAMPLES.put("electron-dmm", new Sample(Place.INTERFACE, ""));
        SAMPLES.put("khalatnikov", new Sample(Place.BATH, "medium: helium-4"));
        SAMPLES.put("spin-two-channel", new Sample(Place.INTERFACE, "RA: 0.5 fOhm*m^2, gamma: 0.7, lattice: {model: dmm}"));
        SAMPLES.put("defect-plane", new Sample(Place.SAME_MATERIAL, "clear_fraction: 0.5"));
    }

    @Test
    void everyDeclaredModelHasASampleAndEverySampleIsDeclared() {
        assertEquals(new LinkedHashSet<>(SAMPLES.keySet()), new LinkedHashSet<>(InterfaceModels.names()),
                "each model in InterfaceModels.ALL needs a sample entry in this test");
        Set<String> unique = new LinkedHashSet<>(InterfaceModels.names());
        assertEquals(InterfaceModels.ALL.size(), unique.size(), "two declarations share a name: " + InterfaceModels.names());
        for (ModelDeclaration<?> d : InterfaceModels.ALL) {
            assertTrue(d.parameters().isRecord(), d.name());
            for (String key : ModelSpec.Placement.KEYS) {
                for (var c : d.parameters().getRecordComponents()) {
                    assertFalse(c.getName().equals(key), d.name() + " repeats the placement key '" + key + "'");
                }
            }
        }
    }

    @Test
    void everyDeclaredModelIsBuiltFromACaseFileUnderItsName() throws Exception {
        for (ModelDeclaration<?> d : InterfaceModels.ALL) {
            Sample s = SAMPLES.get(d.name());
            assertNotNull(s, d.name());
            String entry = "{model: " + d.name() + (s.keys().isEmpty() ? "" : ", " + s.keys()) + "}";
            Path file = Files.writeString(dir.resolve(d.name() + ".yaml"), caseFile(s.place(), entry));
            CaseFileReader.Located<CaseFile> located = new CaseFileReader().read(file, List.of());
            ModelSpec spec = switch (s.place()) {
                case INTERFACE, SAME_MATERIAL -> located.value().interfaces().get(0);
                case GRAIN_BOUNDARY -> located.value().grainBoundaries().get(0);
                case BATH -> ((BoundarySpec.Temperature) located.value().boundaries().get(1)).contact();
            };
            assertEquals(d.name(), spec.model());
            assertTrue(d.parameters().isInstance(spec.parameters()), d.name());
            Case kase = new CaseBuilder(located, Libraries.builtIn(), Long.MAX_VALUE).build();
            switch (s.place()) {
                case INTERFACE, SAME_MATERIAL -> {
                    InterfaceRule rule = kase.problem().interfaceRules().get(0);
                    assertNotNull(rule.model(), d.name());
                    assertFalse(rule.model().describe().isBlank(), d.name());
                }
                case GRAIN_BOUNDARY -> {
                    GrainBoundaryRule rule = kase.problem().grainBoundaryRules().get(0);
                    assertTrue(rule.model() != null || rule.distribution() != null, d.name());
                }
                case BATH -> {
                    BoundaryCondition bc = kase.problem().boundaries().stream().filter(p -> p.patch().equals("xmax"))
                            .findFirst().orElseThrow().condition();
                    assertNotNull(((BoundaryCondition.FixedTemperature) bc).contact(), d.name());
                }
            }
        }
    }

    /** An entry that is not a mapping, or a model named by a list, is said so at its key, with its line. */
    @Test
    void aMalformedEntryIsNamedAtItsKey() throws Exception {
        String notMapping = refused(caseFile(Place.INTERFACE, "{model: series, parts: [12 mm]}"));
        assertTrue(notMapping.contains("interfaces[0].parts[0]: expected a mapping of keys, got '12 mm'"), notMapping);
        String listed = refused(caseFile(Place.INTERFACE, "{model: [constant, layer], R: 1}"));
        assertTrue(listed.matches(".*\\.yaml:\\d+: interfaces\\[0\\]\\.model: expected a text value, got a list.*"), listed);
        String unknown = refused(caseFile(Place.INTERFACE, "{model: constnat, R: 1}"));
        assertTrue(unknown.contains("interfaces[0].model: unknown model 'constnat' (did you mean 'constant'?); choose one of: "
                + String.join(", ", InterfaceModels.names())), unknown);
        String placed = refused(caseFile(Place.INTERFACE, "{model: series, parts: [{model: constant, R: 1, between: [a, b]}]}"));
        assertTrue(placed.contains("interfaces[0].parts[0]: a nested model takes only its own parameters"), placed);
    }

    private String refused(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("bad-" + System.nanoTime() + ".yaml"), yaml);
        CaseFileException e = org.junit.jupiter.api.Assertions.assertThrows(CaseFileException.class,
                () -> new CaseBuilder(new CaseFileReader().read(file, List.of()), Libraries.builtIn(), Long.MAX_VALUE).build());
        return e.getMessage();
    }

    @Test
    void everyDeclaredModelIsInTheReadmeTableAndNoOtherIs() throws Exception {
        Path readme = Path.of("..", "README.md");
        assertTrue(Files.isRegularFile(readme), readme.toAbsolutePath().toString());
        String text = Files.readString(readme);
        int start = text.indexOf("\n### Interface models");
        assertTrue(start >= 0, "the README has no '### Interface models' section");
        int end = text.indexOf("\n#", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        Set<String> documented = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(section);
        while (m.find()) documented.add(m.group(1));
        for (String name : InterfaceModels.names()) {
            assertTrue(documented.contains(name), "model '" + name + "' has no row in the README's table of interface models");
        }
        documented.removeAll(InterfaceModels.names());
        assertTrue(documented.isEmpty(), "the README documents models that are not declared: " + documented);
    }

    /** A 1D case where the entry stands in its place: aluminium | copper, copper | copper, a silicon bar's grains, a bath. */
    private static String caseFile(Place place, String entry) {
        return switch (place) {
            case INTERFACE, SAME_MATERIAL -> """
                    name: sample
                    mesh:
                      grid:
                        x: {from: 0, to: 2 um, cells: 4}
                        regions:
                          - {name: a, material: %s, box: {x: [0, 1 um]}}
                          - {name: b, material: copper, box: {x: [1 um, 2 um]}}
                    interfaces:
                      - {between: [a, b], %s}
                    boundaries:
                      - {patch: xmin, type: temperature, T: 20 K}
                      - {patch: xmax, type: temperature, T: 10 K}
                    """.formatted(place == Place.INTERFACE ? "aluminium" : "copper", entry.substring(1, entry.length() - 1));
            case GRAIN_BOUNDARY -> """
                    name: sample
                    mesh:
                      grid:
                        x: {from: 0, to: 4 um, cells: 8}
                        y: {from: 0, to: 1 um, cells: 2}
                        z: {from: 0, to: 1 um, cells: 2}
                        regions:
                          - {name: bar, material: silicon, box: {}}
                      polycrystals:
                        - {region: bar, regular: {size: 1 um}}
                    grain_boundaries:
                      - %s
                    boundaries:
                      - {patch: xmin, type: temperature, T: 300 K}
                      - {patch: xmax, type: temperature, T: 290 K}
                    """.formatted(entry);
            case BATH -> """
                    name: sample
                    mesh:
                      grid:
                        x: {from: 0, to: 1 mm, cells: 4}
                        regions:
                          - {name: plate, material: copper, box: {}}
                    boundaries:
                      - {patch: xmin, type: flux, q: 100 W/m^2}
                      - {patch: xmax, type: temperature, T: 1.8 K, contact: %s}
                    """.formatted(entry);
        };
    }
}
