package org.kapitza.io.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.knowm.xchart.XYChart;

/**
 * Tick labels of linear plot axes as a reader writes numbers: "0.05", not XChart's default ".05" (its
 * pattern drops the leading zero of values below one, and its per-axis patterns are not applied to a second
 * y axis); thousands grouped ("1,500"), no trailing zeros, scientific notation ("2.5E-6") outside
 * 1e-4 … 1e6. Logarithmic axes keep XChart's own labels.
 */
public final class AxisLabels {
    private AxisLabels() {
    }

    /**
     * Applies {@link #format} to the chart's linear axes (every y axis group included) that have no
     * formatting function of their own.
     */
    public static XYChart plain(XYChart chart) {
        var styler = chart.getStyler();
        if (!styler.isXAxisLogarithmic() && styler.getxAxisTickLabelsFormattingFunction() == null) {
            styler.setxAxisTickLabelsFormattingFunction(AxisLabels::format);
        }
        if (!styler.isYAxisLogarithmic() && styler.getyAxisTickLabelsFormattingFunction() == null) {
            styler.setyAxisTickLabelsFormattingFunction(AxisLabels::format);
        }
        return chart;
    }

    /** One tick value as a label: "0", "0.05", "12.5", "1,500", "2.5E-6". */
    public static String format(Double value) {
        // Ticks are multiples of a round step computed in binary: 0.15000000000000002 is 0.15.
        return format(value, 10);
    }

    /** A value rounded to {@code significant} digits, written as {@link #format(Double)} writes ticks. */
    public static String format(double v, int significant) {
        if (v == 0 || !Double.isFinite(v)) return v == 0 ? "0" : Double.toString(v);
        BigDecimal d = new BigDecimal(v).round(new MathContext(significant)).stripTrailingZeros();
        double a = Math.abs(v);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (a < 1e-4 || a >= 1e6) return new DecimalFormat("0.#########E0", symbols).format(d);
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        f.setMaximumFractionDigits(Math.max(0, d.scale()));
        return f.format(d);
    }
}
