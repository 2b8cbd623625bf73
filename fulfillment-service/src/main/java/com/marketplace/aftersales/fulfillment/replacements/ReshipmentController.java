package com.marketplace.aftersales.fulfillment.replacements;

import static com.marketplace.aftersales.fulfillment.web.ApiDocs.PROBLEM;
import static com.marketplace.aftersales.fulfillment.web.ApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.fulfillment.web.ApiDocs;
import com.marketplace.aftersales.fulfillment.web.CaseAccess;
import com.marketplace.aftersales.fulfillment.web.CaseStepResult;
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

/** The merchant's shipment of a replacement (contracts §1). */
@RestController
class ReshipmentController {

    private final Reshipments reshipments;
    private final CommandEndpoint endpoint;

    ReshipmentController(Reshipments reshipments, CommandEndpoint endpoint) {
        this.reshipments = reshipments;
        this.endpoint = endpoint;
    }

    @Operation(operationId = "fulfillmentShipReplacement", tags = ApiDocs.TAG_REPLACEMENTS,
            summary = "Record the replacement's shipment",
            description = """
                    Role MERCHANT of the case's order (another merchant gets a 404, like no case), while the case \
                    awaits the replacement: an exchange whose returned goods passed inspection, or a reship at once \
                    (else 409 with currentStatus). Publishes ReplacementShipped (kind EXCHANGE or RESHIP). The \
                    delivery tracker then asks the carrier's tracking until it reports the parcel delivered, and \
                    publishes ReplacementDelivered and CaseResolved. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReshipmentRequest.class),
                    examples = @ExampleObject(value = """
                            {"carrier": "SF", "waybillNo": "SF9876543210"}"""))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The shipment is recorded and tracked",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = CaseStepResult.class),
                                    examples = @ExampleObject(value = """
                                            {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", \
                                            "status": "REPLACEMENT_SHIPPED"}"""))),
                    @ApiResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "409", description = ApiDocs.CONFLICT, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "413", description = ApiDocs.TOO_LARGE, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "415", description = ApiDocs.UNSUPPORTED, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "422", description = ApiDocs.UNPROCESSABLE, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))})
    @PostMapping(path = "/api/v1/merchant/cases/{caseId}/reshipment", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CaseStepResult>> ship(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody ReshipmentRequest body,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
            ServerHttpRequest request) {
        UUID id = CommandEndpoint.caseId(caseId);
        return endpoint.once(request, key, body, CaseStepResult.class, caller -> {
            CaseAccess.requireRole(caller, "record a replacement's shipment", Roles.MERCHANT);
            return reshipments.ship(id, caller, body);
        });
    }
}
