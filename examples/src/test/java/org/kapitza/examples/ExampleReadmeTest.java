package org.kapitza.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped example shall explain itself: a README with its physics and what to look at in ParaView. */
class ExampleReadmeTest {

    @Test
    void everyExampleHasAReadmeWithItsPhysicsAndParaView() throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("."))) {
            examples = s.filter(d -> Files.isRegularFile(d.resolve("case.yaml"))).sorted().toList();
        }
        assertTrue(examples.size() >= 5, "examples found: " + examples);
        for (Path e : examples) {
            Path readme = e.resolve("README.md");
            assertTrue(Files.isRegularFile(readme), e + " has no README.md");
            String text = Files.readString(readme);
            assertTrue(text.contains("ParaView") && text.contains("./kapitza run examples/" + e.getFileName() + "/case.yaml"),
                    readme + " says how to run it and what to look at in ParaView");
        }
        String twoSlab = Files.readString(Path.of("two-slab", "README.md"));
        for (String number : List.of("250 W/m²", "387.5 K", "362.5 K", "25 K", "on any grid", "-interfaces.vtp", "profile.png")) {
            assertTrue(twoSlab.contains(number), "two-slab README mentions " + number);
        }
    }
}
