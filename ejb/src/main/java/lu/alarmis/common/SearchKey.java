package lu.alarmis.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the lists that staff search (the work queue, the client register) match names and
 * localities: on a key in capitals without accents, by the start of the key. "Esch-sur-Alzette",
 * "esch-sur-alzette " and "ESCH-SUR-ALZETTE" are one locality, and so are "Bettembourg" and
 * "Bëttembourg"; "esch" finds both Esch-sur-Alzette and Esch-sur-Sûre.
 */
public final class SearchKey {

    private SearchKey() {
    }

    /** The key of a name or locality; {@code null} for nothing. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
    }

    /** The smallest key after every key that starts with {@code prefix} ("ESCH" → "ESCI"). */
    public static String upperBound(String prefix) {
        int last = prefix.length() - 1;
        return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }

    /** {@code prefix%} for LIKE, with the wildcards and the escape character of the prefix escaped by '!'. */
    public static String likePattern(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
