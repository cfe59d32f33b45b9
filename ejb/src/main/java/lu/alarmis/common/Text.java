package lu.alarmis.common;

/** Small, null-safe handling of the text people and partners type or send. */
public final class Text {

    private Text() {
    }

    /** The value without surrounding white space; {@code null} stays {@code null}. */
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Whether nothing but white space, if anything, was given. */
    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** At most {@code max} characters of the value, e.g. to fit a column; {@code null} stays {@code null}. */
    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
