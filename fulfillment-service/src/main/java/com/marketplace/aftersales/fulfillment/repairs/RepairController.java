package com.marketplace.aftersales.fulfillment.repairs;

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
 * The merchant moves a repair forward (contracts §1), once the item came back: each stage is announced as
 * {@code RepairProgressed}; {@code DELIVERED} resolves the case.
 */
@RestController
class RepairController {

    private final CaseCommands commands;
    private final CommandEndpoint endpoint;

    RepairController(CaseCommands commands, CommandEndpoint endpoint) {
        this.commands = commands;
        this.endpoint = endpoint;
    }

    @Operation(operationId = "fulfillmentRecordRepairStage", tags = ApiDocs.TAG_REPAIRS,
            summary = "Move a repair to its next stage",
            description = """
                    Role MERCHANT of the case's order (another merchant gets a 404, like no case), on a repair whose \
                    item was received back (else 409 with currentStatus). Stages only move forward (skipping is \
                    allowed, going back or repeating one is a 409 naming currentStage): RECEIVED, REPAIRING, \
                    REPAIRED, SHIPPED_BACK, DELIVERED. Publishes RepairProgressed; DELIVERED also CaseResolved. \
                    Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RepairRequest.class),
                    examples = {
                            @ExampleObject(name = "repairing", value = """
                                    {"stage": "REPAIRING", "note": "Replacing the charging port"}"""),
                            @ExampleObject(name = "delivered", value = """
                                    {"stage": "DELIVERED"}""")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The stage is recorded", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = RepairResult.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", "status": "REPAIRING", \
                                    "stage": "REPAIRING"}"""))),
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
    @PostMapping(path = "/api/v1/merchant/cases/{caseId}/repair", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<RepairResult>> progress(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody RepairRequest body,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
            ServerHttpRequest request) {
        UUID id = CommandEndpoint.caseId(caseId);
        return endpoint.once(request, key, body, RepairResult.class, caller -> {
            CaseAccess.requireRole(caller, "record a repair stage", Roles.MERCHANT);
            return commands.act(id, target -> CaseAccess.asMerchant(caller, target),
                            (target, actor) -> Mono.just(target.progressRepair(body.stage().toRepairStage(),
                                    body.note(), actor)))
                    .map(saved -> new RepairResult(saved.caseId(), saved.status().name(),
                            saved.repairStage().name()));
        });
    }
}
