package org.complaintdesk.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** Writes CSV rows (RFC 4180): fields quoted when needed, and a cell that a spreadsheet would run as a formula defused. */
public final class Csv {

    /** The UTF-8 byte-order mark, so that spreadsheet programs read Chinese text correctly. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static void row(Writer out, List<?> fields) {
        try {
            out.write(fields.stream().map(Csv::field).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // OWASP's CSV injection list: a leading tab or carriage return starts a formula in some spreadsheets too
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
