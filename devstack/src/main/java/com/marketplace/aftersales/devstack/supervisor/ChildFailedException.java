package com.marketplace.aftersales.devstack.supervisor;

/** A child did not come up: it exited before it was ready, was not ready in time, or could not be started. */
public final class ChildFailedException extends RuntimeException {

    private final String child;

    public ChildFailedException(String child, String message) {
        super(message);
        this.child = child;
    }

    public ChildFailedException(String child, String message, Throwable cause) {
        super(message, cause);
        this.child = child;
    }

    public String child() {
        return child;
    }
}
