package com.marketplace.aftersales.intake.withdrawal;

import com.marketplace.aftersales.intake.cases.CaseStatusResponse;
import com.marketplace.aftersales.intake.web.ApiDocs;
import com.marketplace.aftersales.intake.web.Callers;
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

/**
 * {@code POST /api/v1/cases/{caseId}/withdraw}: the owner withdraws the request ({@code CaseWithdrawn}), which frees
 * the order line. Refused ({@code 409}) once the case has ended or goods or money have moved; an open case is put to
 * fulfillment first ({@code 503} with {@code Retry-After} while it cannot answer).
 */
@RestController
class WithdrawalController {

    private final Withdrawals withdrawals;

    WithdrawalController(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Operation(operationId = "intakeWithdrawCase", tags = ApiDocs.TAG_WITHDRAWAL,
            summary = "Withdraw a request",
            description = """
                    Role CUSTOMER, on their own case (another's is 404). Possible while the case is open and until \
                    goods or money have moved. Fulfillment is asked first, synchronously (it alone knows whether \
                    anything moved by now, and it makes its answer stick); only after its yes is the case WITHDRAWN \
                    and CaseWithdrawn published. 409 when the case has ended or something moved; 503 with \
                    Retry-After when fulfillment cannot answer (nothing changed, the same request may be repeated). \
                    The body is optional. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = WithdrawalRequest.class),
                    examples = {
                            @ExampleObject(name = "withReason", summary = "With a reason", value = """
                                    {"reason": "Found it in another box."}"""),
                            @ExampleObject(name = "withoutReason", summary = "Without a reason", value = "{}")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Withdrawn (CaseWithdrawn is published); the"
                            + " order line is free for a new request",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = CaseStatusResponse.class),
                                    examples = @ExampleObject(name = "withdrawn", value = """
                                            {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10",
                                             "status": "WITHDRAWN"}"""))),
                    @ApiResponse(responseCode = "404", ref = ApiDocs.CASE_NOT_FOUND),
                    @ApiResponse(responseCode = "409", ref = ApiDocs.WITHDRAWAL_CONFLICT),
                    @ApiResponse(responseCode = "413", ref = ApiDocs.BODY_TOO_LARGE),
                    @ApiResponse(responseCode = "415", ref = ApiDocs.NOT_JSON),
                    @ApiResponse(responseCode = "422", ref = ApiDocs.KEY_REUSED),
                    @ApiResponse(responseCode = "502", ref = ApiDocs.FULFILLMENT_DISAGREES),
                    @ApiResponse(responseCode = "503", ref = ApiDocs.FULFILLMENT_UNAVAILABLE)})
    @PostMapping(path = "/api/v1/cases/{caseId}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CaseStatusResponse>> withdraw(@PathVariable String caseId,
                                                      @Valid @RequestBody(required = false) WithdrawalRequest body,
                                                      @RequestHeader(name = IdempotentRequests.HEADER,
                                                              required = false) String idempotencyKey,
                                                      ServerHttpRequest http) {
        UUID id = PathIds.uuid("caseId", caseId);
        WithdrawalRequest request = body == null ? WithdrawalRequest.NO_REASON : body;
        return Callers.withAnyRole(Callers.CUSTOMERS)
                .flatMap(customer -> withdrawals.withdraw(customer, id, request, http, idempotencyKey));
    }
}
