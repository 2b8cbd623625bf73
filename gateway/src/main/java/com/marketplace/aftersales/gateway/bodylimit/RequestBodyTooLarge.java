package com.marketplace.aftersales.gateway.bodylimit;

import com.marketplace.aftersales.gateway.ClientFault;

/** A streamed request body passed its limit on the way to the backend; the call is cut off and answered with 413. */
final class RequestBodyTooLarge extends RuntimeException implements ClientFault {

    private final long limitBytes;

    RequestBodyTooLarge(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes", null, false, false);
        this.limitBytes = limitBytes;
    }

    long limitBytes() {
        return limitBytes;
    }
}
