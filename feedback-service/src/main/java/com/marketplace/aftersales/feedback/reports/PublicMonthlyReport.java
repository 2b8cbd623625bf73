package com.marketplace.aftersales.feedback.reports;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * The public copy of the monthly figures: the five the platform promises to publish (domain §6: return rate,
 * complaint rate, refund time, satisfaction, SLA compliance) with the counts they are computed from. Like the
 * operations report it holds aggregates only; it leaves out the internal breakdowns (per SLA policy, score
 * distribution, resolved vs. closed, closed with or without rating, follow-ups), which describe how the platform
 * works rather than how it performs for customers.
 */
@Schema(name = "PublicMonthlyReport", description = "The published after-sales figures of one month")
public record PublicMonthlyReport(
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
        @Schema(requiredMode = REQUIRED) MonthlyReport.Returns returns,
        @Schema(requiredMode = REQUIRED) MonthlyReport.Complaints complaints,
        @Schema(requiredMode = REQUIRED) MonthlyReport.RefundLeadTime refundLeadTime,
        @Schema(requiredMode = REQUIRED) Satisfaction satisfaction,
        @Schema(requiredMode = REQUIRED) SlaCompliance slaCompliance) {

    public static PublicMonthlyReport of(MonthlyReport full) {
        return new PublicMonthlyReport(full.month(), full.zone(), full.from(), full.to(), full.monthEnded(),
                new Cases(full.cases().opened(), full.cases().closed()),
                full.returns(), full.complaints(), full.refundLeadTime(),
                new Satisfaction(full.satisfaction().ratings(), full.satisfaction().averageRating(),
                        full.satisfaction().share4To5()),
                new SlaCompliance(full.slaCompliance().clocksStopped(), full.slaCompliance().rate()));
    }

    @Schema(name = "PublicReportCases", description = "Cases opened and closed in the month")
    public record Cases(
            @Schema(description = "Cases submitted", example = "120", requiredMode = REQUIRED) long opened,
            @Schema(description = "Cases closed, rated or not", example = "90", requiredMode = REQUIRED)
            long closed) {
    }

    @Schema(name = "PublicReportSatisfaction",
            description = "Customers' ratings (1 worst to 5 best) given in the month")
    public record Satisfaction(
            @Schema(description = "Ratings given", example = "72", requiredMode = REQUIRED) long ratings,
            @Schema(description = "Average rating, 2 decimals; 0 without ratings", example = "4.31",
                    requiredMode = REQUIRED) double averageRating,
            @Schema(description = "Share of ratings of 4 or 5, 4 decimals; 0 without ratings", example = "0.8472",
                    requiredMode = REQUIRED) double share4To5) {
    }

    @Schema(name = "PublicReportSlaCompliance",
            description = "Share of the service deadlines (SLA clocks) that stopped in the month and were met")
    public record SlaCompliance(
            @Schema(description = "Clocks that stopped in the month, met or breached", example = "500",
                    requiredMode = REQUIRED) long clocksStopped,
            @Schema(description = "Met / clocksStopped, 4 decimals; 0 when no clock stopped", example = "0.96",
                    requiredMode = REQUIRED) double rate) {
    }
}
