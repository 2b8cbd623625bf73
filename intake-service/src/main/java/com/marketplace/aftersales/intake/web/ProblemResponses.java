package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.platform.web.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Renders an {@link ApiProblem} as the platform's handler does, for intake's own handlers of errors (413 and 415, which
 * carry no {@code Retry-After}: a problem that does is left to the platform's handler).
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static ResponseEntity.BodyBuilder builder(ApiProblem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static ProblemDetail body(ApiProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setTitle(problem.title());
        body.setType(problem.type());
        problem.properties().forEach(body::setProperty);
        return body;
    }

    static ResponseEntity<ProblemDetail> of(ApiProblem problem) {
        return builder(problem).body(body(problem));
    }
}
