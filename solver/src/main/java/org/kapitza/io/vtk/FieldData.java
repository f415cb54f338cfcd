package org.kapitza.io.vtk;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named lists of strings stored with a whole data set (VTK {@code FieldData}), not per cell: the names
 * behind integer ids ({@code region_names[i]} is region i), the unit of every array, a note on a sign
 * convention. ParaView shows them in the Information panel and the spreadsheet view ("Field Data").
 *
 * <p>Written inline as ASCII {@code String} arrays, as VTK's own {@code vtkXMLWriter} does: every byte of
 * the UTF-8 text as a signed decimal number, each string ended by a 0 ({@code vtkXMLWriter::WriteStringArray};
 * "XML File Formats", https://docs.vtk.org/en/latest/vtk_file_formats/vtkxml_file_format.html).
 */
public final class FieldData {
    private final Map<String, List<String>> arrays = new LinkedHashMap<>();
    private final Map<String, Integer> ids = new LinkedHashMap<>();

    /** Adds (or replaces) an array of strings; returns this. */
    public FieldData add(String name, List<String> values) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a field-data array needs a name");
        for (String v : values) {
            if (v.indexOf('\0') >= 0) throw new IllegalArgumentException("field data \"" + name + "\": a value contains NUL");
        }
        arrays.put(name, List.copyOf(values));
        return this;
    }

    /** Adds a one-string array; returns this. */
    public FieldData add(String name, String value) {
        return add(name, List.of(value));
    }

    /**
     * Adds a one-value {@code Int32} array: a name and the id it stands for ("region:die" = 3), the form
     * meshio reads into {@code Mesh.field_data} (it cannot read string arrays); returns this.
     */
    public FieldData addId(String name, int id) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a field-data array needs a name");
        ids.put(name, id);
        return this;
    }

    /** The same names as {@code Int32} ids only, for files meshio must read: "region:&lt;name&gt;" = id. */
    public FieldData numericOnly() {
        FieldData out = new FieldData();
        out.ids.putAll(ids);
        return out;
    }

    public boolean isEmpty() {
        return arrays.isEmpty() && ids.isEmpty();
    }

    /** The arrays, in the order added. */
    public Map<String, List<String>> arrays() {
        return java.util.Collections.unmodifiableMap(arrays);
    }

    /** The {@code <FieldData>} element, indented, or "" when there is nothing to write. */
    String markup(String indent) {
        if (isEmpty()) return "";
        StringBuilder b = new StringBuilder(indent).append("<FieldData>\n");
        for (Map.Entry<String, List<String>> e : arrays.entrySet()) {
            b.append(indent).append("  <Array type=\"String\" Name=\"").append(Xml.attribute(e.getKey()))
                    .append("\" NumberOfTuples=\"").append(e.getValue().size()).append("\" format=\"ascii\">\n")
                    .append(indent).append("   ");
            for (String s : e.getValue()) {
                for (byte c : s.getBytes(StandardCharsets.UTF_8)) b.append(' ').append(c);
                b.append(" 0");
            }
            b.append('\n').append(indent).append("  </Array>\n");
        }
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            b.append(indent).append("  <DataArray type=\"Int32\" Name=\"").append(Xml.attribute(e.getKey()))
                    .append("\" NumberOfTuples=\"1\" format=\"ascii\">").append(e.getValue()).append("</DataArray>\n");
        }
        return b.append(indent).append("</FieldData>\n").toString();
    }
}
