package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.intake.web.ApiDocs;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/cases}: a customer files an after-sales request. */
@RestController
class CaseController {

    /** The answer to a new request. */
    @Schema(name = "CaseCreated", description = "The request is registered")
    record CaseCreated(
            @Schema(description = "The new case's id; its Location is /api/v1/cases/{caseId} (case-view)",
                    format = "uuid", example = ApiDocs.EXAMPLE_CASE_ID, requiredMode = Schema.RequiredMode.REQUIRED)
            UUID caseId,
            @Schema(description = "The service number the customer quotes: AS-YYYYMMDD-NNNNNN (the day in the"
                    + " customers' time zone, a per-day counter)", pattern = "^AS-[0-9]{8}-[0-9]{6,}$",
                    example = ApiDocs.EXAMPLE_SERVICE_NO, requiredMode = Schema.RequiredMode.REQUIRED)
            String serviceNo,
            @Schema(description = "Intake's status of the case: a new request is SUBMITTED",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            IntakeStatus status) {
    }

    private final CaseSubmissions submissions;
    private final IdempotentCommands commands;

    CaseController(CaseSubmissions submissions, IdempotentCommands commands) {
        this.submissions = submissions;
        this.commands = commands;
    }

    @Operation(operationId = "intakeSubmitCase", tags = ApiDocs.TAG_SUBMISSION,
            summary = "File an after-sales request",
            description = """
                    Role CUSTOMER. Files a request for one line of one of the customer's own orders, checked against \
                    intake's replica of the orders team's data: the order must be the caller's (another's order is \
                    answered exactly like a missing one), the line must exist, a requested amount must be in the \
                    order's currency and at most what was paid for the line. One open case per order line (409 \
                    with the open case otherwise). Publishes CaseSubmitted. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SubmitCaseRequest.class),
                    examples = {
                            @ExampleObject(name = "returnAndRefund", summary = "Return the item for a refund",
                                    value = """
                                            {"orderId": "order-20260112-0001", "orderLineId": "order-20260112-0001-1",
                                             "serviceType": "RETURN_REFUND",
                                             "description": "The left earbud makes no sound.",
                                             "requestedAmount": {"amount": "129.00", "currency": "CNY"},
                                             "channel": "ORDER_DETAIL"}"""),
                            @ExampleObject(name = "repair", summary = "The least a request needs", value = """
                                    {"orderId": "order-20260112-0001", "orderLineId": "order-20260112-0001-2",
                                     "serviceType": "REPAIR", "description": "The case's hinge broke."}""")})),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Registered (CaseSubmitted is published)",
                            headers = @Header(name = "Location", description = "The case, as case-view shows it",
                                    schema = @Schema(type = "string", format = "uri-reference",
                                            example = "/api/v1/cases/" + ApiDocs.EXAMPLE_CASE_ID)),
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = CaseCreated.class),
                                    examples = @ExampleObject(name = "created", value = """
                                            {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10",
                                             "serviceNo": "AS-20260115-000042", "status": "SUBMITTED"}"""))),
                    @ApiResponse(responseCode = "409", ref = ApiDocs.OPEN_CASE_CONFLICT),
                    @ApiResponse(responseCode = "413", ref = ApiDocs.BODY_TOO_LARGE),
                    @ApiResponse(responseCode = "415", ref = ApiDocs.NOT_JSON),
                    @ApiResponse(responseCode = "422", ref = ApiDocs.SUBMISSION_REFUSED)})
    @PostMapping(path = "/api/v1/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CaseCreated>> submit(@Valid @RequestBody SubmitCaseRequest request,
                                             @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                             String idempotencyKey,
                                             ServerHttpRequest http) {
        if (request.requestedAmount() != null
                && new BigDecimal(request.requestedAmount().amount()).signum() == 0) {
            return Mono.error(ApiProblem.invalid("requestedAmount.amount", "must be positive"));
        }
        return commands.run(http, idempotencyKey, Callers.CUSTOMERS, request, CaseCreated.class,
                caller -> submissions.submit(caller, request)
                        .map(created -> ResponseEntity.created(URI.create("/api/v1/cases/" + created.id()))
                                .body(new CaseCreated(created.id(), created.serviceNo(), created.status()))));
    }
}
