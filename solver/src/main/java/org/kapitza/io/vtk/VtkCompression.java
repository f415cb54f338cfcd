package org.kapitza.io.vtk;

/**
 * How the appended binary data of a VTK XML file is stored.
 *
 * <p>Both are read by VTK 6 and later and by ParaView (VTK file formats, "XML File Formats",
 * https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html).
 */
public enum VtkCompression {
    /**
     * zlib-compressed blocks of 32 KiB, {@code compressor="vtkZLibDataCompressor"}: what VTK's own writers
     * do by default. Integer fields (region ids, masks) shrink many times; temperatures much less.
     */
    ZLIB,
    /** Raw bytes, each array preceded by its byte count: larger, but written at disk speed. */
    NONE
}
