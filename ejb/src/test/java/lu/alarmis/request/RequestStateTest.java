package lu.alarmis.request;

import static lu.alarmis.request.RequestState.APPROVED;
import static lu.alarmis.request.RequestState.DRAFT;
import static lu.alarmis.request.RequestState.INFO_REQUESTED;
import static lu.alarmis.request.RequestState.IN_REVIEW;
import static lu.alarmis.request.RequestState.POST_CHECK;
import static lu.alarmis.request.RequestState.POST_REJECTED;
import static lu.alarmis.request.RequestState.REFUSED;
import static lu.alarmis.request.RequestState.SUBMITTED;
import static lu.alarmis.request.RequestState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The request states of domain.md, move by move. */
class RequestStateTest {

    /** Every allowed move, written out once more from the specification. */
    private static final Set<String> ALLOWED = Set.of(
            "DRAFT>SUBMITTED", "SUBMITTED>POST_CHECK", "POST_CHECK>IN_REVIEW", "POST_CHECK>POST_REJECTED",
            "POST_REJECTED>POST_CHECK", "IN_REVIEW>INFO_REQUESTED", "INFO_REQUESTED>IN_REVIEW",
            "IN_REVIEW>APPROVED", "IN_REVIEW>REFUSED",
            "DRAFT>WITHDRAWN", "SUBMITTED>WITHDRAWN", "POST_CHECK>WITHDRAWN", "POST_REJECTED>WITHDRAWN",
            "IN_REVIEW>WITHDRAWN", "INFO_REQUESTED>WITHDRAWN");

    static Stream<Arguments> everyPair() {
        return EnumSet.allOf(RequestState.class).stream()
                .flatMap(from -> EnumSet.allOf(RequestState.class).stream().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void exactlyTheMovesOfTheSpecificationAreAllowed(RequestState from, RequestState to) {
        boolean allowed = ALLOWED.contains(from + ">" + to);

        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to))
                    .isInstanceOfSatisfying(TransitionNotAllowedException.class, refused -> {
                        assertThat(refused.from()).isEqualTo(from);
                        assertThat(refused.to()).isEqualTo(to);
                        assertThat(refused.messageKey()).isEqualTo("request.transitionNotAllowed");
                    });
        }
    }

    @Test
    void aDecisionIsFinal() {
        assertThat(APPROVED.next()).isEmpty();
        assertThat(REFUSED.next()).isEmpty();
        assertThat(WITHDRAWN.next()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class, names = {"DRAFT", "SUBMITTED", "POST_CHECK", "POST_REJECTED",
            "IN_REVIEW", "INFO_REQUESTED"})
    void everyUndecidedRequestCanBeWithdrawn(RequestState state) {
        assertThat(state.isOpen()).isTrue();
        assertThat(state.isDecided()).isFalse();
        assertThat(state.canMoveTo(WITHDRAWN)).isTrue();
    }

    @Test
    void onlyApprovalAndRefusalAreDecisions() {
        assertThat(EnumSet.allOf(RequestState.class).stream().filter(RequestState::isDecided))
                .containsExactlyInAnyOrder(APPROVED, REFUSED);
        assertThat(WITHDRAWN.isOpen()).isFalse();
        assertThat(DRAFT.isOpen()).isTrue();
    }

    @Test
    void aRequestGoesBackToReviewWhenTheApplicantAnswers() {
        assertThat(IN_REVIEW.moveTo(INFO_REQUESTED).moveTo(IN_REVIEW)).isEqualTo(IN_REVIEW);
    }

    @Test
    void aRejectedOrderReferenceIsCheckedAgainAfterCorrection() {
        assertThat(POST_CHECK.moveTo(POST_REJECTED).moveTo(POST_CHECK)).isEqualTo(POST_CHECK);
        assertThat(SUBMITTED.canMoveTo(IN_REVIEW)).as("no review before POST confirmed the order").isFalse();
    }
}
