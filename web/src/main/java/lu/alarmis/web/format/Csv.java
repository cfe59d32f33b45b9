package lu.alarmis.web.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The CSV files staff download: semicolons (what spreadsheets in Luxembourg's locales read), CRLF lines. */
public final class Csv {

    private Csv() {
    }

    public static void row(Writer out, String... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(';');
                }
                out.write(quoted(values[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As CSV quotes: a value with a separator, a quote or a line break in double quotes, its quotes
     * doubled; one a spreadsheet would take for a formula (=, +, -, @) begins with an apostrophe.
     */
    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        String text = value.matches("[=+\\-@].*") ? "'" + value : value;
        return text.matches("(?s).*[;\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
