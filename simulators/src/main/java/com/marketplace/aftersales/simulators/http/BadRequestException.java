package com.marketplace.aftersales.simulators.http;

/** The request cannot be understood; answered with 400 and the message as the problem's detail. */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String detail) {
        super(detail);
    }

    public BadRequestException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
