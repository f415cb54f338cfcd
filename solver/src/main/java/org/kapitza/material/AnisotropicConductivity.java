package org.kapitza.material;

/**
 * Different constant conductivities along x, y and z: graphite heat spreaders, laminated TIMs, a
 * G-10 laminate across and along its weave. The principal axes are the grid axes.
 */
public record AnisotropicConductivity(double kx, double ky, double kz) implements Conductivity {
    public AnisotropicConductivity {
        double[] k = {kx, ky, kz};
        for (int a = 0; a < 3; a++) {
            if (!(k[a] > 0) || !Double.isFinite(k[a])) {
                throw new IllegalArgumentException("conductivity k" + "xyz".charAt(a)
                        + " must be a positive number of W/(m·K), got " + k[a]);
            }
        }
    }

    @Override
    public double k(int axis, double t) {
        return axis == 0 ? kx : axis == 1 ? ky : kz;
    }

    @Override
    public boolean isotropic() {
        return kx == ky && ky == kz;
    }

    @Override
    public String describe() {
        return "kx " + org.kapitza.Numbers.format(kx) + ", ky " + org.kapitza.Numbers.format(ky) + ", kz " + org.kapitza.Numbers.format(kz) + " W/(m·K)";
    }
}
