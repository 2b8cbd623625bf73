package com.marketplace.aftersales.feedback.cases;

/** The case's state does not allow the action; the API answers 409 with the current status. */
public class ActionRefused extends RuntimeException {

    private final FeedbackCase.Status currentStatus;

    public ActionRefused(FeedbackCase.Status currentStatus, String reason) {
        super(reason);
        this.currentStatus = currentStatus;
    }

    public FeedbackCase.Status currentStatus() {
        return currentStatus;
    }
}
