package org.kapitza.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SparkStudyMainTest {
    @Test
    void spark_submitArgumentsBecomeAStudyOnTheSparkEngine() {
        assertArrayEquals(new String[] {"study", "s.yaml", "--resume", "--engine", "spark"},
                SparkStudyMain.arguments(new String[] {"s.yaml", "--resume"}));
        assertArrayEquals(new String[] {"study", "s.yaml", "--engine", "spark"},
                SparkStudyMain.arguments(new String[] {"study", "s.yaml"}));
        assertArrayEquals(new String[] {"study", "s.yaml", "--engine=embedded"},
                SparkStudyMain.arguments(new String[] {"s.yaml", "--engine=embedded"}));
        assertArrayEquals(new String[] {"study", "--help"}, SparkStudyMain.arguments(new String[] {"--help"}));
    }
}
