package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.platform.web.ApiProblem;
import com.marketplace.aftersales.platform.web.ApiProblem.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The problems intake reports beyond the platform's factories; rendered as {@code application/problem+json}. */
public final class Problems {

    private Problems() {
    }

    /** The caller's role may not use the endpoint (the gateway filters too; this is the service's own check). */
    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, Map.of());
    }

    /** A well-formed request that a business rule refuses, naming the field it is about. */
    public static ApiProblem unprocessable(String field, String message) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", message,
                Map.of("errors", List.of(new FieldError(field, message))));
    }

    /** The action is not allowed now; {@code properties} say why (current status, the open case …). */
    public static ApiProblem conflict(String detail, Map<String, Object> properties) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, new LinkedHashMap<>(properties));
    }

    public static ApiProblem unsupportedMediaType(String detail) {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail, Map.of());
    }

    public static ApiProblem contentTooLarge(String detail, long limitBytes) {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", detail,
                Map.of("limitBytes", limitBytes));
    }
}
