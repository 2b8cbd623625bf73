package com.marketplace.aftersales.feedback.metrics;

import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.feedback.cases.Rating;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the ops dashboard reads about feedback (domain §7: CSAT, negative reviews). Counted after the change
 * committed, never for an idempotent replay. Every series exists from start-up, at zero, so dashboards and alert
 * rules see it before the first rating.
 */
@Component
public class FeedbackMetrics {

    public static final String RATINGS = "aftersales.feedback.ratings";
    public static final String NEGATIVE = "aftersales.feedback.negative";
    public static final String CLOSED = "aftersales.feedback.closed";
    public static final String COMPLAINTS = "aftersales.feedback.complaints";
    public static final String REPORT_FACTS = "aftersales.feedback.report.facts";

    /**
     * What the monthly report takes in from other stages' events; compared with the producers' own counters (say
     * {@code aftersales.refunds.issued}) it shows whether the report keeps up.
     */
    public enum ReportFact {
        CASE_OPENED("case-opened"), CASE_RESOLVED("case-resolved"), RETURN_SHIPPED("return-shipped"),
        REFUND_PAID("refund-paid"), SLA_CLOCK_MET("sla-clock-met"), SLA_CLOCK_BREACHED("sla-clock-breached");

        private final String tag;

        ReportFact(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    private final Counter[] ratings = new Counter[Rating.HIGHEST + 1];
    private final Counter negative;
    private final Map<CloseReason, Counter> closed = new EnumMap<>(CloseReason.class);
    private final Counter complaints;
    private final Map<ReportFact, Counter> reportFacts = new EnumMap<>(ReportFact.class);

    public FeedbackMetrics(MeterRegistry registry) {
        for (int score = Rating.LOWEST; score <= Rating.HIGHEST; score++) {
            ratings[score] = Counter.builder(RATINGS).tag("rating", String.valueOf(score))
                    .description("Ratings submitted, by score (1 worst, 5 best)").register(registry);
        }
        negative = Counter.builder(NEGATIVE)
                .description("Negative reviews (rating 1 or 2); each opens a follow-up").register(registry);
        for (CloseReason reason : new CloseReason[] {CloseReason.RATED, CloseReason.NO_RATING}) {
            closed.put(reason, Counter.builder(CLOSED).tag("reason", reason.name())
                    .description("Cases closed, rated or for want of a rating").register(registry));
        }
        complaints = Counter.builder(COMPLAINTS).description("Complaints filed").register(registry);
        for (ReportFact fact : ReportFact.values()) {
            reportFacts.put(fact, Counter.builder(REPORT_FACTS).tag("fact", fact.tag())
                    .description("Facts of other stages counted into the monthly report, each once")
                    .register(registry));
        }
    }

    public void rated(Rating rating) {
        ratings[rating.score()].increment();
        if (rating.isNegative()) {
            negative.increment();
        }
        closed.get(CloseReason.RATED).increment();
    }

    public void closedWithoutRating() {
        closed.get(CloseReason.NO_RATING).increment();
    }

    public void complaintFiled() {
        complaints.increment();
    }

    public void reportFact(ReportFact fact) {
        reportFacts.get(fact).increment();
    }
}
