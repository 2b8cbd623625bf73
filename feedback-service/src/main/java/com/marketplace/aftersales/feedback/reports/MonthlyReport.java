package com.marketplace.aftersales.feedback.reports;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The monthly after-sales figures for operations (domain §6), as {@code GET /api/v1/ops/reports/monthly} answers.
 * Every figure counts what happened in the month (by the time of the event, in the report's time zone); a rate is
 * 0 when its denominator is 0, and every rate travels with the counts it is computed from.
 */
@Schema(name = "MonthlyReport", description = "The after-sales figures of one month, with internal detail (operations)")
public record MonthlyReport(
        @Schema(description = "The month, YYYY-MM", example = "2026-10", requiredMode = REQUIRED) String month,
        @Schema(description = "The time zone whose calendar month this is", example = "Asia/Shanghai",
                requiredMode = REQUIRED) String zone,
        @Schema(description = "Start of the month (inclusive)", example = "2026-10-01T00:00:00+08:00",
                requiredMode = REQUIRED) OffsetDateTime from,
        @Schema(description = "End of the month (exclusive)", example = "2026-11-01T00:00:00+08:00",
                requiredMode = REQUIRED) OffsetDateTime to,
        @Schema(description = "false while the month is still running (its figures still grow)", example = "true",
                requiredMode = REQUIRED) boolean monthEnded,
        @Schema(requiredMode = REQUIRED) Cases cases,
        @Schema(requiredMode = REQUIRED) Returns returns,
        @Schema(requiredMode = REQUIRED) Complaints complaints,
        @Schema(requiredMode = REQUIRED) RefundLeadTime refundLeadTime,
        @Schema(requiredMode = REQUIRED) Satisfaction satisfaction,
        @Schema(requiredMode = REQUIRED) SlaCompliance slaCompliance,
        @Schema(requiredMode = REQUIRED) FollowUps negativeReviewFollowUps) {

    @Schema(name = "ReportCases", description = "Cases opened, resolved and closed in the month")
    public record Cases(
            @Schema(description = "Cases submitted (CaseSubmitted)", example = "120", requiredMode = REQUIRED)
            long opened,
            @Schema(description = "Cases whose execution completed for the first time (CaseResolved)", example = "96",
                    requiredMode = REQUIRED) long resolved,
            @Schema(description = "Cases closed: closedRated + closedWithoutRating (CaseClosed)", example = "90",
                    requiredMode = REQUIRED) long closed,
            @Schema(description = "Closed by the customer's rating", example = "72", requiredMode = REQUIRED)
            long closedRated,
            @Schema(description = "Closed because no rating came within the rating window", example = "18",
                    requiredMode = REQUIRED) long closedWithoutRating) {
    }

    @Schema(name = "ReportReturns", description = "Returns: cases whose customer shipped goods back")
    public record Returns(
            @Schema(description = "Cases whose return was shipped in the month (first ReturnShipped of a case)",
                    example = "42", requiredMode = REQUIRED) long casesWithReturnShipped,
            @Schema(description = "casesWithReturnShipped / cases opened in the same month, 4 decimals; a flow ratio"
                    + " of two monthly counts (the suite knows no order count), 0 when no case was opened",
                    example = "0.35", requiredMode = REQUIRED) double rate) {
    }

    @Schema(name = "ReportComplaints", description = "Complaints about the handling of cases")
    public record Complaints(
            @Schema(description = "Complaints filed in the month (ComplaintFiled)", example = "9",
                    requiredMode = REQUIRED) long filed,
            @Schema(description = "filed / cases closed in the same month, 4 decimals; 0 when no case was closed",
                    example = "0.1", requiredMode = REQUIRED) double rate) {
    }

    @Schema(name = "ReportRefundLeadTime",
            description = "Time from a refund's request (RefundRequested) to its payment (RefundIssued), for the"
                    + " refunds paid in the month; nearest-rank percentiles within 1 %, 0 without refunds")
    public record RefundLeadTime(
            @Schema(description = "Refunds paid in the month", example = "40", requiredMode = REQUIRED) long refunds,
            @Schema(description = "Median lead time, seconds", example = "5400", requiredMode = REQUIRED)
            long p50Seconds,
            @Schema(description = "90th percentile lead time, seconds", example = "64800", requiredMode = REQUIRED)
            long p90Seconds) {
    }

    @Schema(name = "ReportSatisfaction", description = "Customers' ratings (1 worst to 5 best) given in the month")
    public record Satisfaction(
            @Schema(description = "Ratings given", example = "72", requiredMode = REQUIRED) long ratings,
            @Schema(description = "Average rating, 2 decimals; 0 without ratings", example = "4.31",
                    requiredMode = REQUIRED) double averageRating,
            @Schema(description = "Share of ratings of 4 or 5, 4 decimals; 0 without ratings", example = "0.8472",
                    requiredMode = REQUIRED) double share4To5,
            @Schema(description = "Ratings by score, 1 to 5", requiredMode = REQUIRED) List<ScoreCount> byScore) {
    }

    @Schema(name = "ReportScoreCount")
    public record ScoreCount(
            @Schema(description = "The score", example = "5", minimum = "1", maximum = "5", requiredMode = REQUIRED)
            int score,
            @Schema(description = "Ratings with this score", example = "40", requiredMode = REQUIRED) long ratings) {
    }

    @Schema(name = "ReportSlaCompliance",
            description = "SLA clocks (domain §5) that stopped in the month: met (stopped by their deadline) or"
                    + " breached (stopped after it). Clocks cancelled because the case ended are not counted.")
    public record SlaCompliance(
            @Schema(description = "met + breached", example = "500", requiredMode = REQUIRED) long clocksStopped,
            @Schema(example = "480", requiredMode = REQUIRED) long met,
            @Schema(example = "20", requiredMode = REQUIRED) long breached,
            @Schema(description = "met / clocksStopped, 4 decimals; 0 when no clock stopped", example = "0.96",
                    requiredMode = REQUIRED) double rate,
            @Schema(description = "The same per policy, ordered by policy id", requiredMode = REQUIRED)
            List<PolicyCompliance> byPolicy) {
    }

    @Schema(name = "ReportPolicyCompliance")
    public record PolicyCompliance(
            @Schema(description = "The SLA policy's id", example = "first-response", requiredMode = REQUIRED)
            String policy,
            @Schema(example = "118", requiredMode = REQUIRED) long met,
            @Schema(example = "2", requiredMode = REQUIRED) long breached,
            @Schema(description = "met / (met + breached), 4 decimals", example = "0.9833", requiredMode = REQUIRED)
            double rate) {
    }

    @Schema(name = "ReportFollowUps", description = "Negative reviews (rating 1 or 2) and their follow-up")
    public record FollowUps(
            @Schema(description = "Follow-ups opened in the month, one per negative review", example = "6",
                    requiredMode = REQUIRED) long opened) {
    }
}
