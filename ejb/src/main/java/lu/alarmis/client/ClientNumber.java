package lu.alarmis.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ALARMIS client number, e.g. {@code AL-2026-000123-7}: the year of issue, a number from a
 * database sequence, and a Luhn check digit over the year and the number, so that a mistyped
 * number is noticed on the phone or in a letter.
 */
public record ClientNumber(String value) {

    public static final int LENGTH = 16;
    private static final Pattern FORMAT = Pattern.compile("AL-([0-9]{4})-([0-9]{6})-([0-9])");

    public ClientNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a client number: " + value);
        }
    }

    /** The number for that year and sequence value (1 to 999,999). */
    public static ClientNumber of(int year, long sequence) {
        if (year < 2000 || year > 9999 || sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("year " + year + ", sequence " + sequence);
        }
        String digits = String.format("%04d%06d", year, sequence);
        return new ClientNumber(String.format("AL-%04d-%06d-%d", year, sequence, checkDigit(digits)));
    }

    /** Whether the text is a client number with a correct check digit. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = FORMAT.matcher(text);
        return matcher.matches()
                && checkDigit(matcher.group(1) + matcher.group(2)) == matcher.group(3).charAt(0) - '0';
    }

    /** Luhn (ISO/IEC 7812-1): catches every single-digit error and most swaps of neighbours. */
    static int checkDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
