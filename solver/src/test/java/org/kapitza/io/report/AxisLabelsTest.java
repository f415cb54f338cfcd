package org.kapitza.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Tick labels read as numbers are written: "0.05", never XChart's ".05". */
class AxisLabelsTest {

    @Test
    void valuesBelowOneKeepTheirLeadingZeroAndRoundingNoiseIsGone() {
        assertEquals("0.05", AxisLabels.format(0.05));
        assertEquals("0.15", AxisLabels.format(0.15000000000000002));
        assertEquals("-0.05", AxisLabels.format(-0.05));
        assertEquals("0", AxisLabels.format(0.0));
        assertEquals("0", AxisLabels.format(-0.0));
        assertEquals("12.5", AxisLabels.format(12.5));
        assertEquals("80", AxisLabels.format(80.0));
        assertEquals("1,500", AxisLabels.format(1500.0));
        assertEquals("0.0005", AxisLabels.format(5e-4));
        assertEquals("2.5E-6", AxisLabels.format(2.5e-6));
        assertEquals("3E7", AxisLabels.format(3e7));
        assertEquals("7.012", AxisLabels.format(7.01234567, 4));
    }

    @Test
    void onlyLinearAxesWithoutAFunctionOfTheirOwnAreChanged() {
        XYChart linear = AxisLabels.plain(new XYChartBuilder().build());
        assertEquals("0.05", linear.getStyler().getxAxisTickLabelsFormattingFunction().apply(0.05));
        assertEquals("0.05", linear.getStyler().getyAxisTickLabelsFormattingFunction().apply(0.05));

        XYChart log = new XYChartBuilder().build();
        log.getStyler().setXAxisLogarithmic(true);
        log.getStyler().setYAxisLogarithmic(true);
        AxisLabels.plain(log);
        assertNull(log.getStyler().getxAxisTickLabelsFormattingFunction(), "XChart labels log axes itself");
        assertNull(log.getStyler().getyAxisTickLabelsFormattingFunction());

        XYChart own = new XYChartBuilder().build();
        Function<Double, String> mine = v -> "x";
        own.getStyler().setxAxisTickLabelsFormattingFunction(mine);
        AxisLabels.plain(own);
        assertSame(mine, own.getStyler().getxAxisTickLabelsFormattingFunction());
        assertNotNull(own.getStyler().getyAxisTickLabelsFormattingFunction());
    }
}
