package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Two refusals of a request body, said in the API's words: Spring's own reasons name neither the limit (a body over
 * {@link RequestBodyLimit}) nor, for a body of the wrong type, anything but the Java type it would have been read
 * into. Consulted before the platform's handler; every other error stays the platform's.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyProblems {

    private final RequestBodyLimit limit;

    RequestBodyProblems(RequestBodyLimit limit) {
        this.limit = limit;
    }

    /**
     * A JSON body over the limit; or, in an upload, part headers or a form field larger than the multipart reader
     * buffers (the file itself is streamed, and refused by its own limit in the upload).
     */
    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException e, ServerWebExchange exchange) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            return ProblemResponses.of(new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                    "A part's headers or a form field are larger than intake reads; send the file as the single"
                            + " part 'file'", Map.of()));
        }
        return ProblemResponses.of(ApiProblem.contentTooLarge(
                "The request body may be at most " + limit.bytes() + " bytes", limit.bytes()));
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<ProblemDetail> unsupportedType(UnsupportedMediaTypeStatusException e) {
        String accepted = e.getSupportedMediaTypes().stream()
                .map(type -> type.getType() + "/" + type.getSubtype())
                .distinct()
                .collect(Collectors.joining(" or "));
        return ProblemResponses.of(ApiProblem.unsupportedMediaType(accepted.isEmpty()
                ? "The body's type is not accepted here"
                : "The body must be " + accepted));
    }
}
