/**
 * Thermoreflectance: the analytic layered heat-conduction model of frequency- and time-domain
 * thermoreflectance (FDTR, TDTR) and the fits of interface conductances G and layer properties to
 * measured phase or ratio data.
 *
 * <p>The model is the multilayer transfer-matrix solution in Hankel space of Cahill, Rev. Sci. Instrum.
 * 75, 5119 (2004) with the anisotropic layers and separate pump and probe radii of Schmidt, Cheaito and
 * Chiesa, Rev. Sci. Instrum. 80, 094901 (2009): {@link LayeredStack} gives the surface impedance
 * θ̂/f̂ of one Hankel mode, {@link SurfaceResponse} the probe-averaged temperature per absorbed watt
 * H(ω) by quadrature over the modes, {@link Tdtr} the pulse-accumulated lock-in signal at a delay.
 */
package org.kapitza.thermoreflectance;
