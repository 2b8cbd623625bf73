package com.marketplace.aftersales.intake.review;

import com.marketplace.aftersales.intake.cases.CaseStatusResponse;
import com.marketplace.aftersales.intake.web.ApiDocs;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.intake.web.PathIds;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An agent's review, and the customer's answer when the review asked for more. */
@RestController
class ReviewController {

    private final ReviewService reviews;
    private final IdempotentCommands commands;

    ReviewController(ReviewService reviews, IdempotentCommands commands) {
        this.reviews = reviews;
        this.commands = commands;
    }

    @Operation(operationId = "intakeReviewCase", tags = ApiDocs.TAG_REVIEW,
            summary = "Review a submitted request",
            description = """
                    Roles AGENT, SUPERVISOR; any case. Only a SUBMITTED case is reviewed (409 with currentStatus \
                    otherwise, e.g. one approved by rule as an instant refund). APPROVED hands the case to \
                    diagnosis; NEEDS_MORE_INFO and NOT_APPLICABLE need a reasonCode. Publishes CaseReviewed. \
                    Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReviewRequest.class),
                    examples = {
                            @ExampleObject(name = "approve", summary = "Approve", value = """
                                    {"decision": "APPROVED", "note": "The photo shows the defect."}"""),
                            @ExampleObject(name = "askForMore", summary = "Ask the customer for more", value = """
                                    {"decision": "NEEDS_MORE_INFO", "reasonCode": "PHOTO_UNCLEAR",
                                     "note": "Please send a sharper photo of the left earbud."}"""),
                            @ExampleObject(name = "reject", summary = "Reject", value = """
                                    {"decision": "NOT_APPLICABLE", "reasonCode": "OUT_OF_WARRANTY"}""")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Reviewed (CaseReviewed is published)",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = CaseStatusResponse.class),
                                    examples = @ExampleObject(name = "approved", value = """
                                            {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10",
                                             "status": "APPROVED"}"""))),
                    @ApiResponse(responseCode = "404", ref = ApiDocs.CASE_NOT_FOUND),
                    @ApiResponse(responseCode = "409", ref = ApiDocs.STATUS_CONFLICT),
                    @ApiResponse(responseCode = "413", ref = ApiDocs.BODY_TOO_LARGE),
                    @ApiResponse(responseCode = "415", ref = ApiDocs.NOT_JSON),
                    @ApiResponse(responseCode = "422", ref = ApiDocs.KEY_REUSED)})
    @PostMapping(path = "/api/v1/agent/cases/{caseId}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CaseStatusResponse>> review(@PathVariable String caseId,
                                                    @Valid @RequestBody ReviewRequest request,
                                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                                    String idempotencyKey,
                                                    ServerHttpRequest http) {
        UUID id = PathIds.uuid("caseId", caseId);
        request.requireReasonWhereNeeded();
        return commands.run(http, idempotencyKey, Callers.REVIEWERS, request, CaseStatusResponse.class,
                reviewer -> reviews.review(reviewer, id, request).map(CaseStatusResponse::ok));
    }

    @Operation(operationId = "intakeProvideInfo", tags = ApiDocs.TAG_REVIEW,
            summary = "Answer a request for more information",
            description = """
                    Role CUSTOMER, on their own case (another's is 404). Only while the case is NEEDS_MORE_INFO (409 \
                    with currentStatus otherwise); the case goes back to SUBMITTED for review. Publishes \
                    InfoProvided. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = InfoRequest.class),
                    examples = @ExampleObject(name = "answer", value = """
                            {"text": "A sharper photo is attached."}"""))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Answered; the case is back in review"
                            + " (InfoProvided is published)",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = CaseStatusResponse.class),
                                    examples = @ExampleObject(name = "backInReview", value = """
                                            {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10",
                                             "status": "SUBMITTED"}"""))),
                    @ApiResponse(responseCode = "404", ref = ApiDocs.CASE_NOT_FOUND),
                    @ApiResponse(responseCode = "409", ref = ApiDocs.STATUS_CONFLICT),
                    @ApiResponse(responseCode = "413", ref = ApiDocs.BODY_TOO_LARGE),
                    @ApiResponse(responseCode = "415", ref = ApiDocs.NOT_JSON),
                    @ApiResponse(responseCode = "422", ref = ApiDocs.KEY_REUSED)})
    @PostMapping(path = "/api/v1/cases/{caseId}/info", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CaseStatusResponse>> provideInfo(@PathVariable String caseId,
                                                         @Valid @RequestBody InfoRequest request,
                                                         @RequestHeader(name = IdempotentRequests.HEADER,
                                                                 required = false) String idempotencyKey,
                                                         ServerHttpRequest http) {
        UUID id = PathIds.uuid("caseId", caseId);
        return commands.run(http, idempotencyKey, Callers.CUSTOMERS, request, CaseStatusResponse.class,
                customer -> reviews.provideInfo(customer, id, request).map(CaseStatusResponse::ok));
    }
}
