package com.marketplace.aftersales.platform.web;

import com.marketplace.aftersales.platform.web.ApiProblem.FieldError;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.marketplace.aftersales.platform.support.TransientFailures;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Every error of the HTTP API as {@code application/problem+json}: bad input is a 400 naming the field and the reason,
 * never a 500; an unexpected failure is a 500 that reveals nothing about the internals.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setTitle(problem.title());
        body.setType(problem.type());
        problem.properties().forEach((name, value) -> {
            if (!name.equals(ApiProblem.RETRY_AFTER_PROPERTY)) {
                body.setProperty(name, value);
            }
        });
        if (problem.retryAfter() != null) {
            return ResponseEntity.status(problem.status())
                    .header("Retry-After", String.valueOf(problem.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        return respond(problem.status(), body);
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalidBody(WebExchangeBindException e) {
        List<FieldError> errors = e.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return apiProblem(ApiProblem.invalid(errors));
    }

    /** A body over the service's limit ({@code spring.http.codecs.max-in-memory-size}). */
    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> tooLarge(DataBufferLimitException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than this endpoint accepts");
        body.setTitle("Content too large");
        return respond(HttpStatus.CONTENT_TOO_LARGE, body);
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadableInput(ServerWebInputException e) {
        if (e.getMostSpecificCause() instanceof DataBufferLimitException tooLarge) {
            return tooLarge(tooLarge);
        }
        String detail = e.getReason() == null ? "The request could not be read" : e.getReason();
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof DecodingException || cause != e) {
            detail = detail + ": " + InputErrors.describe(cause);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setTitle("Invalid request");
        InputErrors.field(cause).ifPresent(field -> body.setProperty("errors",
                List.of(new FieldError(field, InputErrors.describe(cause)))));
        return respond(HttpStatus.BAD_REQUEST, body);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        String phrase = status == null ? "Error" : status.getReasonPhrase();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(e.getStatusCode(),
                e.getReason() != null ? e.getReason()
                        : e.getStatusCode().value() == 404 ? "There is nothing at this path" : phrase);
        body.setTitle(phrase.substring(0, 1) + phrase.substring(1).toLowerCase(java.util.Locale.ROOT));
        return respond(e.getStatusCode(), body);
    }

    /** Someone else changed the same object in between: the caller may re-read and try again. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The case changed while this request was handled; read it again and retry.");
        body.setTitle("Conflict");
        return respond(HttpStatus.CONFLICT, body);
    }

    /** A failure of the moment (a lock held too long, the database restarting): nothing was changed; try again. */
    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> busy(Exception e) {
        log.warn("Request refused for a failure of the moment: {}", e.toString());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service is busy; nothing was changed. Try again shortly.");
        body.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (TransientFailures.isTransient(e)) {
            return busy(e);
        }
        log.error("Unexpected failure handling a request", e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed. Try again later.");
        body.setTitle("Internal error");
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, body);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, ProblemDetail body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
