package com.marketplace.aftersales.gateway.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The status the gateway answers an error with that escaped every handler (see {@link GatewayErrorHandler}), for the
 * places that need to know it before the answer is written (the access log).
 */
public final class ErrorStatus {

    private ErrorStatus() {
    }

    public static HttpStatus of(Throwable error) {
        int status = error instanceof ResponseStatusException rse ? rse.getStatusCode().value() : 500;
        if (status == HttpStatus.NOT_FOUND.value() || status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            // The API is a set of method + path pairs; any other pair simply does not exist.
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null || known.is5xxServerError() ? HttpStatus.INTERNAL_SERVER_ERROR : known;
    }
}
