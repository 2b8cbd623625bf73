package com.marketplace.aftersales.devstack.config;

/** The command line or the environment asks for something that cannot be done; the message says what to fix. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
