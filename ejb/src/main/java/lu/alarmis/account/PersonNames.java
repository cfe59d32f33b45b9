package lu.alarmis.account;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether two spellings name the same person, as far as a machine may judge: the same words,
 * whatever their order, case, accents and the blanks, hyphens and dots between them ("Weber, Anna"
 * is "anna WEBER", "Müller" is "Muller"). Anything more (a nickname, a missing middle name) is not
 * the same name: a person whose account name differs from their certificate links it from a
 * strong session.
 */
public final class PersonNames {

    private PersonNames() {
    }

    public static boolean same(String one, String other) {
        String[] a = words(one);
        String[] b = words(other);
        return a.length > 0 && Arrays.equals(a, b);
    }

    private static String[] words(String name) {
        if (name == null) {
            return new String[0];
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[\\s,.\\-']+"))
                .filter(word -> !word.isEmpty())
                .sorted()
                .toArray(String[]::new);
    }
}
