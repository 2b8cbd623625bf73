package com.marketplace.aftersales.fulfillment.refunds;

import static com.marketplace.aftersales.fulfillment.web.ApiDocs.PROBLEM;
import static com.marketplace.aftersales.fulfillment.web.ApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.fulfillment.cases.CaseCommands;
import com.marketplace.aftersales.fulfillment.web.ApiDocs;
import com.marketplace.aftersales.fulfillment.web.CaseAccess;
import com.marketplace.aftersales.fulfillment.web.CommandEndpoint;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/**
 * Finance sends a payment the provider refused (a closed card, a frozen account) again on the route it agreed with
 * the customer: the same amount, a new idempotency key, paid by the payment worker like any other.
 */
@RestController
class RefundRouteController {

    private final CaseCommands commands;
    private final PayoutRequests payouts;
    private final CommandEndpoint endpoint;

    RefundRouteController(CaseCommands commands, PayoutRequests payouts, CommandEndpoint endpoint) {
        this.commands = commands;
        this.payouts = payouts;
        this.endpoint = endpoint;
    }

    @Operation(operationId = "fulfillmentChooseRefundRoute", tags = ApiDocs.TAG_REFUNDS,
            summary = "Send a refused refund or payout on another route",
            description = """
                    Role FINANCE, on any case. Only after the payment provider refused the case's refund \
                    (REFUND_FAILED) or compensation payout (COMPENSATION_FAILED); otherwise 409 with currentStatus \
                    (also for REFUND_BLOCKED: a refund the order line's ceiling refused is an agent's case, not a \
                    route's). Orders the same amount again on the chosen route under a new idempotency key \
                    (refund:<caseId>:<n>, compensation:<caseId>:<n>): a refund publishes RefundRequested, then \
                    RefundIssued or RefundFailed once the provider answers; a payout publishes CompensationPaid once \
                    paid. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RefundRouteRequest.class),
                    examples = @ExampleObject(value = """
                            {"route": "BALANCE"}"""))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The payment is ordered on the new route",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = RefundRouteResult.class),
                                    examples = @ExampleObject(value = """
                                            {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", \
                                            "status": "REFUND_PENDING", "route": "BALANCE"}"""))),
                    @ApiResponse(responseCode = "404", description = "No such case", content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "409", description = ApiDocs.CONFLICT, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "413", description = ApiDocs.TOO_LARGE, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "415", description = ApiDocs.UNSUPPORTED, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "422", description = ApiDocs.UNPROCESSABLE, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))})
    @PostMapping(path = "/api/v1/finance/cases/{caseId}/refund-route", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<RefundRouteResult>> chooseRoute(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody RefundRouteRequest body,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
            ServerHttpRequest request) {
        UUID id = CommandEndpoint.caseId(caseId);
        return endpoint.once(request, key, body, RefundRouteResult.class, caller -> {
            CaseAccess.requireRole(caller, "choose a refund route", Roles.FINANCE);
            return commands.act(id, target -> CaseAccess.asFinance(caller, target),
                            (target, actor) -> payouts.reroute(target, body.route().toRefundRoute(), actor))
                    .map(saved -> new RefundRouteResult(saved.caseId(), saved.status().name(),
                            body.route().name()));
        });
    }
}
