package com.marketplace.aftersales.contracts;

/** A record that cannot be read as an event at all: not JSON, or missing what every event must have. A poison record. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
