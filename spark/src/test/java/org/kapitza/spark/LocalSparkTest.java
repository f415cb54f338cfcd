package org.kapitza.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** Spark runs in this JVM at all: the module options, the test classpath and local[2] mode. */
class LocalSparkTest {

    @Test
    void aJobOverFourPartitionsOnTwoThreadsSumsTheSquares() {
        JavaSparkContext sc = LocalSpark.context();
        System.out.printf("Spark local[2] start-up: %.2f s%n", LocalSpark.startupSeconds());
        int n = 1000;
        List<Integer> values = IntStream.rangeClosed(1, n).boxed().collect(Collectors.toList());
        JavaRDD<Integer> rdd = sc.parallelize(values, 4);
        long sum = rdd.map(v -> (long) v * v).reduce(Long::sum);
        assertEquals((long) n * (n + 1) * (2L * n + 1) / 6, sum);
        assertEquals(4, rdd.getNumPartitions());
        assertEquals(2, sc.defaultParallelism());
    }
}
