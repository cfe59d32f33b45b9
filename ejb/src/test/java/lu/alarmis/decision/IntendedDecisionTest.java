package lu.alarmis.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lu.alarmis.common.BusinessException;

/** The rules of the procedure before a measure (PANC, art. 9), without a server. */
class IntendedDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    @Test
    void theClientHasAtLeastEightDaysToAnswer() {
        assertThatThrownBy(() -> announced(TODAY.plusDays(7)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.answerDueTooSoon"));
        assertThatThrownBy(() -> announced(null)).isInstanceOf(BusinessException.class);
        assertThat(announced(TODAY.plusDays(8)).getState()).isEqualTo(IntendedDecisionState.ANNOUNCED);
    }

    @Test
    void noDecisionBeforeTheAnswerOrTheDate() {
        IntendedDecision decision = announced(TODAY.plusDays(8));
        assertThat(decision.isDecidableOn(TODAY.plusDays(8))).as("on the last day to answer").isFalse();
        assertThatThrownBy(() -> decision.decide(true, "overdue", "supervisor.two@police.test", NOW, TODAY.plusDays(8)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.answerAwaited"));
        assertThat(decision.isDecidableOn(TODAY.plusDays(9))).as("the day after").isTrue();
    }

    @Test
    void anAnswerMakesItDecidableAtOnceAndIsGivenOnlyOnce() {
        IntendedDecision decision = announced(TODAY.plusDays(10));
        decision.answer("The certificate is attached.", "owner@shop.test", NOW);
        assertThat(decision.getState()).isEqualTo(IntendedDecisionState.ANSWERED);
        assertThat(decision.isDecidableOn(TODAY)).isTrue();
        assertThatThrownBy(() -> decision.answer("Again", "owner@shop.test", NOW))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.notAnswerable"));
    }

    @Test
    void theOneWhoAnnouncedItDoesNotDecideIt() {
        IntendedDecision decision = announced(TODAY.plusDays(8));
        decision.answer("We disagree.", "owner@shop.test", NOW);
        assertThatThrownBy(() -> decision.decide(true, "Still overdue.", "Operator.One@police.test", NOW, TODAY))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.fourEyes"));
        decision.decide(false, "The certificate was sent.", "supervisor.two@police.test", NOW, TODAY);
        assertThat(decision.getState()).isEqualTo(IntendedDecisionState.DROPPED);
        assertThatThrownBy(() -> decision.decide(true, "Changed my mind.", "supervisor.two@police.test", NOW, TODAY))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.alreadyDecided"));
    }

    @Test
    void anUrgencyTakesTheMeasureAtOnceWithTheReasonsAsTheDecisions() {
        IntendedDecision decision = IntendedDecision.takeUrgently(SubjectKind.CONNECTION, 7, "AL-2026-000007-3",
                Measure.SUSPEND_CONNECTION, "False alarms every night.", "Patrols are tied up every night.",
                "supervisor.one@police.test", NOW);
        assertThat(decision.getState()).isEqualTo(IntendedDecisionState.TAKEN);
        assertThat(decision.isUrgent()).isTrue();
        assertThat(decision.getAnswerDue()).isNull();
        assertThat(decision.getDecisionReasons()).isEqualTo("False alarms every night.");
        assertThatThrownBy(() -> decision.answer("Too late", "owner@shop.test", NOW)).isInstanceOf(BusinessException.class);
    }

    private static IntendedDecision announced(LocalDate answerDue) {
        return IntendedDecision.announce(SubjectKind.CONNECTION, 7, "AL-2026-000007-3", Measure.SUSPEND_CONNECTION,
                "No servicing certificate for 2025.", answerDue, "operator.one@police.test", NOW, TODAY);
    }
}
