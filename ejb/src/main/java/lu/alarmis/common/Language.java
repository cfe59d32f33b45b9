package lu.alarmis.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the service speaks: English first, French and German follow. */
public enum Language {
    EN, FR, DE;

    /** The BCP 47 tag: {@code en}, {@code fr}, {@code de}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** The language of a tag or locale's language ({@code fr-LU} is French); empty for others. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag().equals(language)).findFirst();
    }
}
