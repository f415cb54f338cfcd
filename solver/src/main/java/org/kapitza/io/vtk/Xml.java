package org.kapitza.io.vtk;

/** Text for XML attribute values. */
final class Xml {
    private Xml() {
    }

    /** {@code s} with the five XML special characters escaped, ready to go between double quotes. */
    static String attribute(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (rep != null && b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (b != null) {
                if (rep != null) b.append(rep);
                else b.append(ch);
            }
        }
        return b == null ? s : b.toString();
    }
}
