package com.marketplace.aftersales.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error the API reports on purpose, rendered as RFC 9457 {@code application/problem+json}. Handlers throw (or
 * {@code Mono.error}) these; anything else that escapes is a bug and becomes a 500 without details.
 */
public class ApiProblem extends RuntimeException {

    /** A property that becomes the Retry-After header (in whole seconds) rather than a member of the body. */
    static final String RETRY_AFTER_PROPERTY = "retryAfter";

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public URI type() {
        return URI.create("https://aftersales.example/problems/" + title.toLowerCase().replace(' ', '-'));
    }

    /** Another's object, or no object: the same answer, so existence is not revealed. */
    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what + " does not exist or is not yours", Map.of());
    }

    /** The action is not allowed in the object's current status. */
    public static ApiProblem conflict(String detail, String currentStatus) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, Map.of("currentStatus", currentStatus));
    }

    /** The action is not allowed now; {@code properties} say why (the current status, an open case …). */
    public static ApiProblem conflict(String detail, Map<String, Object> properties) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, new LinkedHashMap<>(properties));
    }

    /** The caller's role may not use the endpoint (the gateway filters too; this is the service's own check). */
    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, Map.of());
    }

    public static ApiProblem unsupportedMediaType(String detail) {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail, Map.of());
    }

    public static ApiProblem contentTooLarge(String detail, long limitBytes) {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", detail,
                Map.of("limitBytes", limitBytes));
    }

    /** A well-formed request that a business rule refuses, naming the field it is about. */
    public static ApiProblem unprocessable(String field, String message) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", message,
                Map.of("errors", List.of(new FieldError(field, message))));
    }

    /** Busy or a dependency is down: nothing was changed; the caller should retry after {@code retryAfter}. */
    public static ApiProblem unavailable(String detail, java.time.Duration retryAfter) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail,
                Map.of(RETRY_AFTER_PROPERTY, retryAfter));
    }

    /** How long the caller should wait before retrying ({@link #unavailable}), or {@code null} when not said. */
    public java.time.Duration retryAfter() {
        return properties().get(RETRY_AFTER_PROPERTY) instanceof java.time.Duration wait ? wait : null;
    }

    /** {@link #retryAfter()} as the {@code Retry-After} header wants it: whole seconds, rounded up, at least one. */
    public long retryAfterSeconds() {
        java.time.Duration wait = retryAfter();
        return wait == null ? 0 : retryAfterSeconds(wait);
    }

    /** A wait as the {@code Retry-After} header says it (whole seconds, rounded up, at least one), e.g. for a detail. */
    public static long retryAfterSeconds(java.time.Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", detail, Map.of());
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", detail, Map.of());
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("errors", errors);
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request has " + errors.size() + " invalid field(s)", properties);
    }

    public record FieldError(String field, String message) {
    }
}
