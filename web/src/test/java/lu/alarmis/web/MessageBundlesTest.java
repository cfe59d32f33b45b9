package lu.alarmis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text a user can see exists in every language the service offers. */
class MessageBundlesTest {

    private static final String BUNDLE = "lu.alarmis.web.i18n.messages";

    private static Set<String> keys(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de"})
    void everyEnglishTextIsTranslated(String language) {
        Set<String> english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).keySet();

        assertThat(keys(Locale.forLanguageTag(language))).containsExactlyInAnyOrderElementsOf(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de"})
    void noTranslationIsLeftEmpty(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language));

        assertThat(bundle.keySet()).allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
    }
}
