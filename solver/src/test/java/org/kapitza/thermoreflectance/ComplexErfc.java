package org.kapitza.thermoreflectance;

/**
 * erfc of a complex argument with Re z ≥ 0, for the closed forms the tests compare with: the Taylor
 * series of erf for |z| &lt; 3 (Abramowitz and Stegun 7.1.5; at |z| = 3 the largest term is ~10³, so about
 * 13 digits survive), Laplace's continued fraction for |z| ≥ 3 (A&amp;S 7.1.14, 200 levels). Values as
 * {re, im}.
 */
final class ComplexErfc {
    private ComplexErfc() {
    }

    static double[] erfc(double zr, double zi) {
        return Math.hypot(zr, zi) < 3 ? series(zr, zi) : continuedFraction(zr, zi);
    }

    static double[] series(double zr, double zi) {
        // erf z = 2/√π Σ (−1)^n z^{2n+1} / (n! (2n+1))
        double z2r = zr * zr - zi * zi;
        double z2i = 2 * zr * zi;
        double tr = zr; // z^{2n+1}(−1)^n/n!
        double ti = zi;
        double sr = 0;
        double si = 0;
        for (int n = 0; n < 200; n++) {
            sr += tr / (2 * n + 1);
            si += ti / (2 * n + 1);
            double nr = -(tr * z2r - ti * z2i) / (n + 1);
            double ni = -(tr * z2i + ti * z2r) / (n + 1);
            tr = nr;
            ti = ni;
            if (Math.hypot(tr, ti) < 1e-18 * Math.hypot(sr, si)) break;
        }
        double c = 2 / Math.sqrt(Math.PI);
        return new double[] {1 - c * sr, -c * si};
    }

    static double[] continuedFraction(double zr, double zi) {
        // erfc z = e^{−z²}/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + ...))))
        double fr = zr;
        double fi = zi;
        for (int n = 200; n >= 1; n--) {
            double a = n / 2.0;
            double d = fr * fr + fi * fi;
            fr = zr + a * fr / d;
            fi = zi - a * fi / d;
        }
        double d = fr * fr + fi * fi;
        double invr = fr / d;
        double invi = -fi / d;
        // e^{−z²}
        double er = Math.exp(-(zr * zr - zi * zi));
        double ang = -2 * zr * zi;
        double ezr = er * Math.cos(ang);
        double ezi = er * Math.sin(ang);
        double s = 1 / Math.sqrt(Math.PI);
        return new double[] {s * (ezr * invr - ezi * invi), s * (ezr * invi + ezi * invr)};
    }
}
