package org.kapitza;

import java.util.Locale;

/** Numbers for messages and tables: six significant digits, no trailing zeros. */
public final class Numbers {
    private Numbers() {
    }

    /** 5.0 → "5", 0.000123456789 → "0.000123457", 1.5e-9 → "1.5e-09". */
    public static String format(double v) {
        return format(v, 6);
    }

    /** With a given number of significant digits, no trailing zeros: (627.83, 4) → "627.8", (1.0, 4) → "1". */
    public static String format(double v, int digits) {
        if (!Double.isFinite(v)) return String.valueOf(v);
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) mantissa = mantissa.substring(0, mantissa.length() - 1);
        }
        return mantissa + exponent;
    }
}
