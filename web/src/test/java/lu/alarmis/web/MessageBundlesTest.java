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

    /** The pages name enumerations' constants through keys ("register.state." + state): each must have its text. */
    @org.junit.jupiter.api.Test
    void everyConstantThePagesNameHasItsText() {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        java.util.Map<String, Class<? extends Enum<?>>> named = new java.util.LinkedHashMap<>();
        named.put("audit.action.", lu.alarmis.audit.AuditAction.class);
        named.put("request.state.", lu.alarmis.request.RequestState.class);
        named.put("request.event.", lu.alarmis.request.RequestEventKind.class);
        named.put("request.actor.", lu.alarmis.request.ActorKind.class);
        named.put("register.state.", lu.alarmis.client.ConnectionState.class);
        named.put("register.standing.", lu.alarmis.client.Connection.Standing.class);
        named.put("connection.status.", lu.alarmis.client.Connection.Standing.class);
        named.put("register.event.", lu.alarmis.client.ConnectionEventKind.class);
        named.put("register.actor.", lu.alarmis.client.RegisterActor.class);
        named.put("register.origin.", lu.alarmis.client.RegisterOrigin.class);
        named.put("legalForm.", lu.alarmis.account.LegalForm.class);
        named.put("language.", lu.alarmis.common.Language.class);
        named.put("partner.status.", lu.alarmis.partner.post.PartnerMessageStatus.class);
        named.put("partner.direction.", lu.alarmis.partner.post.MessageDirection.class);
        named.put("decision.measure.", lu.alarmis.decision.Measure.class);
        named.put("decision.client.heading.", lu.alarmis.decision.Measure.class);
        named.put("decision.staff.open.", lu.alarmis.decision.Measure.class);
        named.put("decision.staff.take.", lu.alarmis.decision.Measure.class);
        named.put("decision.state.", lu.alarmis.decision.IntendedDecisionState.class);
        named.put("certification.state.", lu.alarmis.certification.CertificationState.class);
        named.put("certification.stateText.", lu.alarmis.certification.CertificationState.class);
        named.put("certification.staffState.", lu.alarmis.certification.CertificationState.class);
        named.put("certification.event.", lu.alarmis.certification.CertificationEventKind.class);
        named.put("certification.tokenState.", lu.alarmis.certification.TokenState.class);
        named.put("certification.proposal.", lu.alarmis.certification.CertificationRequest.Proposal.class);
        named.put("certification.redemption.", lu.alarmis.certification.Redemption.Outcome.class);
        named.put("letters.state.", lu.alarmis.certification.LetterState.class);
        named.put("compliance.state.", lu.alarmis.compliance.ComplianceState.class);
        named.put("compliance.client.state.", lu.alarmis.compliance.ComplianceState.class);
        named.put("compliance.obligation.", lu.alarmis.compliance.Obligation.class);
        named.put("compliance.threshold.", lu.alarmis.compliance.ReminderThreshold.class);
        named.put("compliance.copy.state.", lu.alarmis.compliance.CopyRequestState.class);
        named.put("compliance.copy.client.", lu.alarmis.compliance.CopyRequestState.class);
        named.put("compliance.test.source.", lu.alarmis.compliance.TestSource.class);
        java.util.List<String> missing = new java.util.ArrayList<>();
        named.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (!english.containsKey(prefix + constant.name())) {
                    missing.add(prefix + constant.name());
                }
            }
        });
        for (lu.alarmis.decision.Measure measure : lu.alarmis.decision.Measure.values()) {
            for (lu.alarmis.decision.IntendedDecisionState state : java.util.List.of(
                    lu.alarmis.decision.IntendedDecisionState.TAKEN, lu.alarmis.decision.IntendedDecisionState.DROPPED)) {
                if (!english.containsKey("decision.outcome." + measure + "." + state)) {
                    missing.add("decision.outcome." + measure + "." + state);
                }
            }
        }
        for (lu.alarmis.notification.NotificationKind kind : lu.alarmis.notification.NotificationKind.values()) {
            for (String part : java.util.List.of(".subject", ".body")) {
                if (!english.containsKey("notification." + kind.name() + part)) {
                    missing.add("notification." + kind.name() + part);
                }
            }
        }
        assertThat(missing).as("keys the pages ask for and the bundle lacks").isEmpty();
    }
}
