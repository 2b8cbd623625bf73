package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.DisputeDecided;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.diagnosis.RiskCleared;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.CaseArchived;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CasePurged;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.contracts.feedback.ComplaintResolved;
import com.marketplace.aftersales.contracts.feedback.FeedbackSubmitted;
import com.marketplace.aftersales.contracts.feedback.FollowUpCompleted;
import com.marketplace.aftersales.contracts.feedback.FollowUpOpened;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementDelivered;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementShipped;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The topic catalogue: every topic the suite reads or writes, declared once. The local runner, the tests and the
 * production manifests create topics from this list; services check at start that theirs exist.
 */
public final class Topics {

    /**
     * All lifecycle topics have the same partition count: the sla-monitor and case-view join them by case id, which
     * needs co-partitioned inputs. Changing it means new topics, not more partitions (keys would move).
     */
    public static final int LIFECYCLE_PARTITIONS = 6;

    /** Cases are kept two years (domain §4); the lifecycle topics keep a month more so case-view can be rebuilt. */
    private static final Map<String, String> LIFECYCLE_CONFIG = Map.of(
            "retention.ms", String.valueOf(Duration.ofDays(2 * 365 + 31).toMillis()),
            "cleanup.policy", "delete");

    private static final Map<String, String> DEAD_LETTER_CONFIG = Map.of(
            "retention.ms", String.valueOf(Duration.ofDays(30).toMillis()),
            "cleanup.policy", "delete");

    public static final TopicSpec ORDERS = new TopicSpec(
            "commerce.orders.v1", LIFECYCLE_PARTITIONS, Component.ORDERS_TEAM, TopicSpec.Kind.EXTERNAL, List.of(),
            Map.of("cleanup.policy", "compact"),
            "The orders team's orders, key = order id; intake keeps a replica.");

    public static final TopicSpec INTAKE = lifecycle("aftersales.intake.v1", Component.INTAKE_SERVICE,
            "Requests, evidence, reviews, the conversation and withdrawals.",
            CaseSubmitted.class, EvidenceAdded.class, CaseReviewed.class, InfoProvided.class, MessagePosted.class,
            CaseWithdrawn.class);

    public static final TopicSpec DIAGNOSIS = lifecycle("aftersales.diagnosis.v1", Component.DIAGNOSIS_SERVICE,
            "Classification, assignment, risk, merchant verification, disputes and the decided remedy.",
            CaseDiagnosed.class, HandlerAssigned.class, PriorityChanged.class, RiskFlagged.class, RiskCleared.class,
            MerchantVerificationRequested.class, MerchantResponded.class, CaseDisputed.class, DisputeDecided.class,
            CompensationApproved.class, RemedyDecided.class, InstantRefundApproved.class);

    public static final TopicSpec FULFILLMENT = lifecycle("aftersales.fulfillment.v1", Component.FULFILLMENT_SERVICE,
            "Execution of the remedy: returns, inspection, refunds, replacements, repairs, compensation.",
            ExecutionOrderCreated.class, ReturnAuthorized.class, ReturnShipped.class, ReturnReceived.class,
            InspectionCompleted.class, RefundRequested.class, RefundIssued.class, RefundFailed.class,
            ReplacementShipped.class, ReplacementDelivered.class, RepairProgressed.class, CompensationPaid.class,
            CaseResolved.class, CaseAbandoned.class);

    public static final TopicSpec FEEDBACK = lifecycle("aftersales.feedback.v1", Component.FEEDBACK_SERVICE,
            "Ratings, follow-ups of negative reviews, complaints, closing, archiving and purging.",
            FeedbackSubmitted.class, FollowUpOpened.class, FollowUpCompleted.class, ComplaintFiled.class,
            ComplaintResolved.class, CaseClosed.class, CaseArchived.class, CasePurged.class);

    public static final TopicSpec SLA = lifecycle("aftersales.sla.v1", Component.SLA_MONITOR,
            "Deadline clocks, warnings, breaches and deadline actions.",
            SlaClockStarted.class, SlaClockPaused.class, SlaClockResumed.class, SlaClockStopped.class,
            SlaWarning.class, SlaBreached.class, SlaDeadlineAction.class);

    public static final TopicSpec NOTIFICATIONS = lifecycle("aftersales.notifications.v1", Component.CASE_VIEW,
            "Requests to the messaging team to notify a customer, merchant or staff member.",
            NotificationRequested.class);

    /** The services that consume topics, each with its own dead-letter topic. */
    public static final List<Component> CONSUMING_SERVICES = List.of(
            Component.INTAKE_SERVICE, Component.DIAGNOSIS_SERVICE, Component.FULFILLMENT_SERVICE,
            Component.FEEDBACK_SERVICE, Component.SLA_MONITOR, Component.CASE_VIEW);

    private static final List<TopicSpec> DEAD_LETTERS = CONSUMING_SERVICES.stream()
            .map(Topics::deadLetterSpec)
            .toList();

    private static final List<TopicSpec> ALL = Stream.concat(
                    Stream.of(ORDERS, INTAKE, DIAGNOSIS, FULFILLMENT, FEEDBACK, SLA, NOTIFICATIONS),
                    DEAD_LETTERS.stream())
            .toList();

    private Topics() {
    }

    public static List<TopicSpec> all() {
        return ALL;
    }

    /** The lifecycle topics, in lifecycle order. */
    public static List<TopicSpec> lifecycle() {
        return ALL.stream().filter(t -> t.kind() == TopicSpec.Kind.LIFECYCLE).toList();
    }

    public static Optional<TopicSpec> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static TopicSpec deadLetter(Component service) {
        return DEAD_LETTERS.stream()
                .filter(t -> t.writer() == service)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(service + " consumes no topic and has no DLT"));
    }

    /** The topics a component may write to: exactly those that name it as writer. */
    public static List<TopicSpec> writtenBy(Component component) {
        return ALL.stream().filter(t -> t.writer() == component).toList();
    }

    private static TopicSpec deadLetterSpec(Component service) {
        return new TopicSpec("aftersales." + service.serviceName() + ".dlt", 1, service, TopicSpec.Kind.DEAD_LETTER,
                List.of(), DEAD_LETTER_CONFIG, "Records " + service.serviceName() + " could not process.");
    }

    @SafeVarargs
    private static TopicSpec lifecycle(String name, Component writer, String description,
                                       Class<? extends CaseEvent>... eventTypes) {
        return new TopicSpec(name, LIFECYCLE_PARTITIONS, writer, TopicSpec.Kind.LIFECYCLE, List.of(eventTypes),
                LIFECYCLE_CONFIG, description);
    }
}
