package com.marketplace.aftersales.devstack.demo;

/** The demo could not go on; the message says what the suite answered or failed to do. */
final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }

    DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
