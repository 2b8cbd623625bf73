package com.marketplace.aftersales.feedback.rating;

import static com.marketplace.aftersales.feedback.cases.CaseApiDocs.PROBLEM;
import static com.marketplace.aftersales.feedback.cases.CaseApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.feedback.cases.CaseApiDocs;
import com.marketplace.aftersales.feedback.cases.CaseIds;
import com.marketplace.aftersales.feedback.cases.CustomerCases;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class RatingController {

    private final RatingService ratings;

    RatingController(RatingService ratings) {
        this.ratings = ratings;
    }

    /** The customer rates a resolved case, once; that closes it. */
    @Operation(operationId = "feedbackRateCase", tags = "Ratings",
            summary = "Rate a resolved case, which closes it",
            description = "Role CUSTOMER, on the customer's own case (another's, or one not known, is 404). Once, and"
                    + " only after the case was resolved: otherwise 409 with currentStatus (IN_PROGRESS, CLOSED,"
                    + " WITHDRAWN, NOT_APPLICABLE, ABANDONED). Publishes FeedbackSubmitted and CaseClosed(RATED); a"
                    + " rating of 1 or 2 also opens a follow-up (FollowUpOpened). Honours Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = RateCaseRequest.class),
                            examples = {
                                    @ExampleObject(name = "satisfied",
                                            value = "{\"rating\": 5, \"comment\": \"Refund arrived the same day\"}"),
                                    @ExampleObject(name = "negative", value = "{\"rating\": 2, \"comment\":"
                                            + " \"Took two weeks\", \"channel\": \"ORDER_DETAIL\"}")})))
    @ApiResponse(responseCode = "201", description = "Rated; the case is closed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RatingAccepted.class),
                    examples = @ExampleObject(name = "closed", value = "{\"caseId\":"
                            + " \"3f2c8a4e-5b7d-4c1e-9a0f-2d6b8e4c7a15\", \"rating\": 5, \"status\": \"CLOSED\"}")))
    @ApiResponse(responseCode = "404", description = CaseApiDocs.NOT_FOUND,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "409", description = "Not resolved yet, already rated or closed, or ended without an"
            + " outcome; currentStatus says which",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM),
                    examples = @ExampleObject(name = "notResolved", value = "{\"type\":"
                            + " \"https://aftersales.example/problems/conflict\", \"title\": \"Conflict\", \"status\":"
                            + " 409, \"detail\": \"The case can be rated once it is resolved\", \"currentStatus\":"
                            + " \"IN_PROGRESS\"}")))
    @ApiResponse(responseCode = "413", description = CaseApiDocs.TOO_LARGE,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "415", description = CaseApiDocs.NOT_JSON,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "422", description = CaseApiDocs.KEY_REUSED,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @PostMapping("/api/v1/cases/{caseId}/feedback")
    Mono<ResponseEntity<RatingAccepted>> rate(
            @Parameter(description = CaseApiDocs.CASE_ID, example = CaseIds.EXAMPLE,
                    schema = @Schema(type = "string", format = "uuid")) @PathVariable String caseId,
            @Valid @RequestBody RateCaseRequest request,
            @Parameter(description = CaseApiDocs.IDEMPOTENCY_KEY, example = "rate-3f2c8a4e-1",
                    schema = @Schema(type = "string", minLength = 1, maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        return CustomerCases.currentCustomer()
                .flatMap(customer -> ratings.rate(CaseIds.parse(caseId), request, customer, idempotencyKey));
    }
}
