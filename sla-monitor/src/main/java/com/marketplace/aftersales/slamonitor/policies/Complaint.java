package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.contracts.feedback.ComplaintResolved;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;

/**
 * A complaint is handled within 48 hours [004 三3.2]. Each complaint has its own clock (a second complaint does not wait
 * for the first to be resolved, and resolving one does not stop the other's).
 *
 * <p>Outlives the case: a customer may complain at any stage, typically after the case was closed, withdrawn or
 * rejected, so neither a terminal event stops this clock nor does an ended case keep it from starting.
 */
final class Complaint implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.COMPLAINT;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofHours(48);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof ComplaintFiled;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof ComplaintResolved;
    }

    @Override
    public String subjectOf(CaseEvent event) {
        if (event instanceof ComplaintFiled filed && filed.complaintId() != null) {
            return filed.complaintId().toString();
        }
        if (event instanceof ComplaintResolved resolved && resolved.complaintId() != null) {
            return resolved.complaintId().toString();
        }
        return null;
    }

    @Override
    public boolean endsWithCase() {
        return false;
    }
}
