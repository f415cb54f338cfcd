/**
 * VTK XML output for ParaView and VisIt: no Java library on Maven Central writes it, so this package
 * does, with the JDK alone.
 *
 * <ul>
 * <li>{@link org.kapitza.io.vtk.RectilinearGridWriter}: the whole grid and its cell fields ({@code .vtr}),
 * inactive cells hidden through {@code vtkGhostType};
 * <li>{@link org.kapitza.io.vtk.UnstructuredGridWriter}: chosen cells as hexahedra ({@code .vtu});
 * <li>{@link org.kapitza.io.vtk.PolyDataWriter}: interface and grain-boundary faces as quads ({@code .vtp});
 * <li>{@link org.kapitza.io.vtk.CollectionWriter}: one {@code .pvd} that opens them all, over time steps.
 * </ul>
 *
 * <p>Every file has its data in the appended section as raw little-endian binary with {@code UInt64}
 * headers, zlib-compressed in 32 KiB blocks unless {@link org.kapitza.io.vtk.VtkCompression#NONE} is
 * chosen, and is replaced atomically ({@link org.kapitza.io.AtomicFile}). Inputs are checked before the
 * file is opened, and mistakes are reported with the file and the array at fault.
 *
 * <pre>{@code
 * new RectilinearGridWriter(x, y, z).activeCells(active)
 *         .write(out.resolve("T.vtr"), VtkArray.scalars("T", kelvin), VtkArray.scalars("region", region));
 * new PolyDataWriter().write(out.resolve("interface.vtp"), corners, VtkArray.scalars("jump", jumpK));
 * new CollectionWriter().add(0, 0, out.resolve("T.vtr")).add(0, 1, out.resolve("interface.vtp"))
 *         .write(out.resolve("result.pvd"));
 * }</pre>
 *
 * <p>Format: VTK file formats, "XML File Formats"
 * (https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html); binary and compressed
 * headers: "VTK XML Formats" (https://vtk.org/Wiki/VTK_XML_Formats).
 */
package org.kapitza.io.vtk;
