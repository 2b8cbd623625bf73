package com.marketplace.aftersales.fulfillment.returns;

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

/**
 * The return steps' HTTP API (contracts §1). Thin: parse, check the caller's role, run the step once per
 * {@code Idempotency-Key}. Object-level checks (whose case it is) and state checks are the step's.
 */
@RestController
class ReturnStepsController {

    private final ReturnSteps steps;
    private final CommandEndpoint endpoint;

    ReturnStepsController(ReturnSteps steps, CommandEndpoint endpoint) {
        this.steps = steps;
        this.endpoint = endpoint;
    }

    @Operation(operationId = "fulfillmentShipReturn", tags = ApiDocs.TAG_RETURNS,
            summary = "Record the return shipment",
            description = """
                    Role CUSTOMER, on the customer's own case (another's case is a 404, like no case), while the \
                    return is authorized and not yet shipped (else 409 with currentStatus). Publishes ReturnShipped \
                    (and, for a repair, RepairProgressed SHIPPED_BY_CUSTOMER). Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnRequests.ReturnShipment.class),
                    examples = @ExampleObject(value = """
                            {"carrier": "SF", "waybillNo": "SF1234567890"}"""))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The shipment is recorded", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CaseStepResult.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", \
                                    "status": "RETURN_IN_TRANSIT"}"""))),
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
    @PostMapping(path = "/api/v1/cases/{caseId}/return-shipment", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CaseStepResult>> shipReturn(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody ReturnRequests.ReturnShipment body,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
            ServerHttpRequest request) {
        UUID id = CommandEndpoint.caseId(caseId);
        return endpoint.once(request, key, body, CaseStepResult.class, caller -> {
            CaseAccess.requireRole(caller, "record a return shipment", Roles.CUSTOMER);
            return steps.shipReturn(id, caller, body);
        });
    }

    @Operation(operationId = "fulfillmentConfirmReceipt", tags = ApiDocs.TAG_RETURNS,
            summary = "Confirm receipt of a return",
            description = """
                    Role WAREHOUSE whose warehouse_id is the case's return warehouse, or MERCHANT of the case's \
                    order (anyone else with those roles gets a 404, like no case), while the return is in transit \
                    (else 409 with currentStatus). The body is optional. Publishes ReturnReceived. Honours \
                    Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnRequests.Receipt.class),
                    examples = @ExampleObject(value = """
                            {"note": "Box intact"}"""))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The receipt is recorded", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CaseStepResult.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", \
                                    "status": "RETURN_RECEIVED"}"""))),
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
    @PostMapping(path = "/api/v1/warehouse/cases/{caseId}/receipt", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CaseStepResult>> confirmReceipt(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody(required = false) ReturnRequests.Receipt body,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
            ServerHttpRequest request) {
        UUID id = CommandEndpoint.caseId(caseId);
        return endpoint.once(request, key, body, CaseStepResult.class, caller -> {
            CaseAccess.requireRole(caller, "confirm receipt of a return", Roles.WAREHOUSE, Roles.MERCHANT);
            return steps.confirmReceipt(id, caller, body == null ? null : body.note());
        });
    }

    @Operation(operationId = "fulfillmentRecordInspection", tags = ApiDocs.TAG_RETURNS,
            summary = "Record the inspection of a return",
            description = """
                    Role MERCHANT of the case's order (another merchant gets a 404, like no case), once the return \
                    was received (else 409 with currentStatus; a repair is not inspected). Publishes \
                    InspectionCompleted. PASSED leads straight on: a refund remedy orders its money (RefundRequested, \
                    or RefundFailed when the order line's ceiling blocks it); an exchange waits for the merchant's \
                    replacement shipment. FAILED hands the case to an agent. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReturnRequests.Inspection.class),
                    examples = {
                            @ExampleObject(name = "passed", value = """
                                    {"result": "PASSED", "note": "As described, unused"}"""),
                            @ExampleObject(name = "failed", value = """
                                    {"result": "FAILED", "note": "Water damage the photos did not show"}""")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The inspection is recorded; status is where"
                            + " the case went next (REFUND_PENDING, COMPENSATION_PENDING, REFUND_BLOCKED,"
                            + " AWAITING_REPLACEMENT or INSPECTION_FAILED)", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CaseStepResult.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", \
                                    "status": "REFUND_PENDING"}"""))),
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
    @PostMapping(path = "/api/v1/merchant/cases/{caseId}/inspection", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CaseStepResult>> inspect(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody ReturnRequests.Inspection body,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
            ServerHttpRequest request) {
        UUID id = CommandEndpoint.caseId(caseId);
        return endpoint.once(request, key, body, CaseStepResult.class, caller -> {
            CaseAccess.requireRole(caller, "record an inspection", Roles.MERCHANT);
            return steps.inspect(id, caller, body.result(), body.note());
        });
    }
}
