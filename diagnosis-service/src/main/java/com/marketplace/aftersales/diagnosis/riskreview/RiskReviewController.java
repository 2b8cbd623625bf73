package com.marketplace.aftersales.diagnosis.riskreview;

import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM;
import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.diagnosis.DiagnosisProperties;
import com.marketplace.aftersales.diagnosis.web.ApiDocs;
import com.marketplace.aftersales.diagnosis.web.RequestInputs;
import com.marketplace.aftersales.diagnosis.web.StaffActors;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The risk team's queue of flagged cases and its decisions on them. */
@RestController
class RiskReviewController {

    private static final Logger log = LoggerFactory.getLogger(RiskReviewController.class);
    static final String QUEUE = "/api/v1/risk/cases";
    static final String DECISION = "/api/v1/risk/cases/{caseId}/decision";
    /** Deep pages of a queue nobody reads that far are refused rather than scanned. */
    static final int MAX_PAGE = 10_000;

    private final RiskReviews reviews;
    private final IdempotentRequests idempotent;
    private final DiagnosisProperties.Paging paging;

    RiskReviewController(RiskReviews reviews, IdempotentRequests idempotent, DiagnosisProperties properties) {
        this.reviews = reviews;
        this.idempotent = idempotent;
        this.paging = properties.riskQueue();
    }

    @Operation(operationId = "diagnosisListFlaggedCases", tags = ApiDocs.TAG_RISK,
            summary = "List the cases awaiting the risk team",
            description = """
                    Role RISK. Cases flagged as suspicious (more refunds in 30 days than allowed, or evidence already \
                    submitted with another case), oldest flag first, with the reasons. page from 0, size from 1 to \
                    100 (default 20); anything else is a 400 naming the parameter.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "A page of the queue", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = FlaggedCasePage.class),
                            examples = @ExampleObject(value = """
                                    {"items": [{"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", \
                                    "serviceNo": "AS-20261122-000042", "customerId": "customer-demo-1", \
                                    "merchantId": "merchant-demo-1", "orderId": "order-1001", "orderLineId": "line-1", \
                                    "serviceType": "REFUND_ONLY", "category": "CHANGED_MIND", "priority": "NORMAL", \
                                    "linePaid": {"amount": "129.00", "currency": "CNY"}, "handlerId": "agent-demo-1", \
                                    "reasons": \
                                    ["REFUND_FREQUENCY: 6 refunds decided in the last 30 days, more than 5"], \
                                    "flaggedAt": "2026-11-22T10:15:30Z"}], "page": 0, "size": 20, "total": 1}""")))})
    @GetMapping(path = QUEUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FlaggedCasePage> queue(
            @Parameter(description = "The page, from 0", schema = @Schema(type = "integer", minimum = "0",
                    maximum = "10000", defaultValue = "0"))
            @RequestParam(required = false) String page,
            @Parameter(description = "Cases per page, 1 to 100", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(required = false) String size) {
        RequestInputs.PageRequest request = RequestInputs.page(page, size, paging.defaultSize(), paging.maxSize(),
                MAX_PAGE);
        return RequestInputs.caller().flatMap(caller -> {
            StaffActors.of(caller, ActorRole.RISK);
            return reviews.queue(request);
        });
    }

    @Operation(operationId = "diagnosisDecideRisk", tags = ApiDocs.TAG_RISK,
            summary = "Clear or block a flagged case",
            description = """
                    Role RISK, on a case awaiting the risk team (else 409 with currentStatus). CLEAR publishes \
                    RiskCleared and automatic handling continues (the merchant's verification or the remedy). BLOCK \
                    ends the case for diagnosis: nothing more is decided (later commands are 409 CLOSED). The \
                    contracts have no event for a block, so none is published; RiskFlagged stands and the decision \
                    is recorded with its note. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RiskDecisionRequest.class),
                    examples = {
                            @ExampleObject(name = "clear", value = """
                                    {"decision": "CLEAR", "note": "Refunds were for a faulty batch"}"""),
                            @ExampleObject(name = "block", value = """
                                    {"decision": "BLOCK", "note": "Same photo in three customers' cases"}""")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The decision is recorded", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = RiskDecisionRecorded.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", "decision": "CLEAR", \
                                    "status": "AWAITING_MERCHANT"}"""))),
                    @ApiResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "409", description = ApiDocs.CONFLICT, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "413", description = ApiDocs.TOO_LARGE, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "415", description = ApiDocs.UNSUPPORTED, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "422", description = "An Idempotency-Key reused with a different body",
                            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))})
    @PostMapping(path = DECISION, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<RiskDecisionRecorded>> decide(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody RiskDecisionRequest request,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        UUID id = RequestInputs.caseId(caseId);
        return RequestInputs.caller().flatMap(caller -> {
            Actor riskOfficer = StaffActors.of(caller, ActorRole.RISK);
            String fingerprint = idempotent.fingerprint("POST", "/api/v1/risk/cases/" + id + "/decision", request);
            return idempotent.execute(caller.id(), idempotencyKey, fingerprint, RiskDecisionRecorded.class,
                    () -> reviews.decide(id, request.decision(), request.note(), riskOfficer)
                            .map(saved -> ResponseEntity.ok(new RiskDecisionRecorded(id, request.decision(),
                                    saved.status().name()))))
                    .doOnSuccess(response -> {
                        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", id.toString())) {
                            log.info("Risk officer {} decided {}", riskOfficer.id(), request.decision());
                        }
                    });
        });
    }
}
