package org.kapitza;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": the closest name; swapped letters count as one mistake; ties go to the typed length. */
class SuggestTest {
    @Test
    void swappedLettersAndTies() {
        assertEquals("sizes", Suggest.closest("sizse", List.of("size", "sizes", "columns")));
        assertEquals("size", Suggest.closest("szie", List.of("size", "sizes", "columns")));
        assertEquals("radius", Suggest.closest("radisu", List.of("centre", "radius")));
        assertNull(Suggest.closest("temperature", List.of("x", "y")));
    }
}
