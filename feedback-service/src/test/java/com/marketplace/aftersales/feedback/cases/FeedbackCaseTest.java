package com.marketplace.aftersales.feedback.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.contracts.feedback.FeedbackSubmitted;
import com.marketplace.aftersales.contracts.feedback.FollowUpOpened;
import com.marketplace.aftersales.feedback.cases.FeedbackCase.Ending;
import com.marketplace.aftersales.feedback.cases.FeedbackCase.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackCaseTest {

    private static final Instant RESOLVED_AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);
    private static final Actor CUSTOMER = new Actor("customer-1", ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE);
    private static final Actor SYSTEM = Actor.system("feedback-service");
    private static final UUID CASE_ID = UUID.randomUUID();
    private static final UUID FOLLOW_UP_ID = UUID.randomUUID();

    @Test
    void aResolvedCaseIsRatedAndClosedByTheRating() {
        FeedbackCase.Decision decision = resolved().rate(new Rating(5, "quick refund"), CUSTOMER, FOLLOW_UP_ID, NOW);

        assertThat(decision.events()).containsExactly(
                new FeedbackSubmitted(CASE_ID, 5, "quick refund", CUSTOMER),
                new CaseClosed(CASE_ID, CloseReason.RATED, CUSTOMER));
        assertThat(decision.after().status()).isEqualTo(Status.CLOSED);
        assertThat(decision.after().rating()).isEqualTo(5);
        assertThat(decision.after().ratedAt()).isEqualTo(NOW);
        assertThat(decision.after().closeReason()).isEqualTo(CloseReason.RATED);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aNegativeRatingAlsoOpensAFollowUpBeforeTheCaseCloses(int score) {
        FeedbackCase.Decision decision = resolved().rate(new Rating(score, null), CUSTOMER, FOLLOW_UP_ID, NOW);

        assertThat(decision.events()).containsExactly(
                new FeedbackSubmitted(CASE_ID, score, null, CUSTOMER),
                new FollowUpOpened(CASE_ID, FOLLOW_UP_ID, score, CUSTOMER),
                new CaseClosed(CASE_ID, CloseReason.RATED, CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void aRatingOfThreeOrMoreOpensNoFollowUp(int score) {
        FeedbackCase.Decision decision = resolved().rate(new Rating(score, null), CUSTOMER, FOLLOW_UP_ID, NOW);

        assertThat(decision.events()).extracting(CaseEvent::getClass)
                .containsExactly(FeedbackSubmitted.class, CaseClosed.class);
    }

    @Test
    void aCaseNotYetResolvedCannotBeRated() {
        FeedbackCase submitted = submitted();

        assertThatThrownBy(() -> submitted.rate(new Rating(4, null), CUSTOMER, FOLLOW_UP_ID, NOW))
                .isInstanceOfSatisfying(ActionRefused.class,
                        refused -> assertThat(refused.currentStatus()).isEqualTo(Status.IN_PROGRESS));
    }

    @Test
    void aCaseIsRatedOnlyOnce() {
        FeedbackCase rated = resolved().rate(new Rating(4, null), CUSTOMER, FOLLOW_UP_ID, NOW).after();

        assertThatThrownBy(() -> rated.rate(new Rating(1, "changed my mind"), CUSTOMER, FOLLOW_UP_ID, NOW))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.currentStatus()).isEqualTo(Status.CLOSED);
                    assertThat(refused).hasMessageContaining("already rated");
                });
    }

    @Test
    void aCaseClosedWithoutRatingCannotBeRatedLate() {
        FeedbackCase closed = resolved().closeIfUnrated(RESOLVED_AT.plus(SEVEN_DAYS), SEVEN_DAYS, SYSTEM)
                .orElseThrow().after();

        assertThatThrownBy(() -> closed.rate(new Rating(5, null), CUSTOMER, FOLLOW_UP_ID, NOW))
                .isInstanceOfSatisfying(ActionRefused.class,
                        refused -> assertThat(refused.currentStatus()).isEqualTo(Status.CLOSED));
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void aCaseThatEndedWithoutAnOutcomeCannotBeRatedEvenIfAResolutionArrivesLate(Ending ending) {
        FeedbackCase ended = withEnding(resolved(), ending);

        assertThat(ended.status().name()).isEqualTo(ending.name());
        assertThatThrownBy(() -> ended.rate(new Rating(5, null), CUSTOMER, FOLLOW_UP_ID, NOW))
                .isInstanceOfSatisfying(ActionRefused.class,
                        refused -> assertThat(refused.currentStatus().name()).isEqualTo(ending.name()));
    }

    @Test
    void anUnratedCaseClosesOnceTheWaitingTimeHasPassedAndNotBefore() {
        FeedbackCase resolved = resolved();
        Instant due = RESOLVED_AT.plus(SEVEN_DAYS);

        assertThat(resolved.closeIfUnrated(due.minusMillis(1), SEVEN_DAYS, SYSTEM)).isEmpty();
        FeedbackCase.Decision decision = resolved.closeIfUnrated(due, SEVEN_DAYS, SYSTEM).orElseThrow();

        assertThat(decision.events()).containsExactly(new CaseClosed(CASE_ID, CloseReason.NO_RATING, SYSTEM));
        assertThat(decision.after().status()).isEqualTo(Status.CLOSED);
        assertThat(decision.after().closedAt()).isEqualTo(due);
        assertThat(decision.after().rating()).isNull();
    }

    @Test
    void theClosingJobLeavesAloneWhatIsNotWaitingForARating() {
        Instant muchLater = RESOLVED_AT.plus(Duration.ofDays(365));
        FeedbackCase rated = resolved().rate(new Rating(3, null), CUSTOMER, FOLLOW_UP_ID, NOW).after();

        assertThat(submitted().closeIfUnrated(muchLater, SEVEN_DAYS, SYSTEM)).isEmpty();
        assertThat(rated.closeIfUnrated(muchLater, SEVEN_DAYS, SYSTEM)).isEmpty();
        assertThat(withEnding(resolved(), Ending.ABANDONED).closeIfUnrated(muchLater, SEVEN_DAYS, SYSTEM)).isEmpty();
    }

    @Test
    void onlyTheKnownOwnerActsOnACase() {
        assertThat(submitted().belongsTo("customer-1")).isTrue();
        assertThat(submitted().belongsTo("customer-2")).isFalse();
        // Resolution seen, submission not yet: nobody is known to own it, so nobody may act on it.
        FeedbackCase ownerUnknown = new FeedbackCase(CASE_ID, null, null, null, RESOLVED_AT, null, null, null, null,
                null, null, null);
        assertThat(ownerUnknown.belongsTo("customer-1")).isFalse();
        assertThat(ownerUnknown.belongsTo(null)).isFalse();
    }

    @Test
    void aComplaintCanBeFiledAtAnyStageEvenAfterClosing() {
        UUID complaintId = UUID.randomUUID();
        FeedbackCase closed = resolved().rate(new Rating(1, null), CUSTOMER, FOLLOW_UP_ID, NOW).after();

        assertThat(submitted().complain(complaintId, "nobody answers", CUSTOMER))
                .isEqualTo(new ComplaintFiled(CASE_ID, complaintId, "nobody answers", CUSTOMER));
        assertThat(closed.complain(complaintId, "still broken", CUSTOMER).text()).isEqualTo("still broken");
    }

    private static FeedbackCase submitted() {
        return new FeedbackCase(CASE_ID, "AS-20261120-000001", "customer-1", "merchant-1", null, null, null, null,
                null, null, null, null);
    }

    private static FeedbackCase resolved() {
        FeedbackCase c = submitted();
        return new FeedbackCase(c.caseId(), c.serviceNo(), c.customerId(), c.merchantId(), RESOLVED_AT, null, null,
                null, null, null, null, null);
    }

    private static FeedbackCase withEnding(FeedbackCase c, Ending ending) {
        return new FeedbackCase(c.caseId(), c.serviceNo(), c.customerId(), c.merchantId(), c.resolvedAt(), ending,
                NOW, null, null, null, null, null);
    }
}
