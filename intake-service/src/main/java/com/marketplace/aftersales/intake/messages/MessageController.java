package com.marketplace.aftersales.intake.messages;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Messages from the customer (their own case) and from staff (any case). */
@RestController
class MessageController {

    @Schema(name = "MessageCreated", description = "The message is part of the case's conversation")
    record MessageCreated(
            @Schema(description = "The message's id", format = "uuid", example = ApiDocs.EXAMPLE_MESSAGE_ID,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            UUID messageId) {
    }

    private final MessageService messages;
    private final IdempotentCommands commands;

    MessageController(MessageService messages, IdempotentCommands commands) {
        this.messages = messages;
        this.commands = commands;
    }

    @Operation(operationId = "intakePostCustomerMessage", tags = ApiDocs.TAG_MESSAGES,
            summary = "Write to staff about a case",
            description = """
                    Role CUSTOMER, on their own case (another's is 404). Until the case is CLOSED or WITHDRAWN (409 \
                    with currentStatus then); a rejected case still takes messages, so the customer can ask why. \
                    Publishes MessagePosted. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MessageRequest.class),
                    examples = @ExampleObject(name = "question", value = """
                            {"text": "When will you pick it up?"}"""))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Posted (MessagePosted is published)",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = MessageCreated.class),
                                    examples = @ExampleObject(name = "posted", value = """
                                            {"messageId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"}"""))),
                    @ApiResponse(responseCode = "404", ref = ApiDocs.CASE_NOT_FOUND),
                    @ApiResponse(responseCode = "409", ref = ApiDocs.STATUS_CONFLICT),
                    @ApiResponse(responseCode = "413", ref = ApiDocs.BODY_TOO_LARGE),
                    @ApiResponse(responseCode = "415", ref = ApiDocs.NOT_JSON),
                    @ApiResponse(responseCode = "422", ref = ApiDocs.KEY_REUSED)})
    @PostMapping(path = "/api/v1/cases/{caseId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<MessageCreated>> fromCustomer(@PathVariable String caseId,
                                                      @Valid @RequestBody MessageRequest request,
                                                      @RequestHeader(name = IdempotentRequests.HEADER,
                                                              required = false) String idempotencyKey,
                                                      ServerHttpRequest http) {
        UUID id = PathIds.uuid("caseId", caseId);
        return commands.run(http, idempotencyKey, Callers.CUSTOMERS, request, MessageCreated.class,
                customer -> messages.post(id, request.text(), found -> found.isOwnedBy(customer.id()),
                                found -> Callers.customer(customer, found.channel()))
                        .map(MessageController::created));
    }

    @Operation(operationId = "intakePostStaffMessage", tags = ApiDocs.TAG_MESSAGES,
            summary = "Write to the customer about a case",
            description = """
                    Roles AGENT, SUPERVISOR, OPS_MANAGER, FINANCE, RISK; any case. Until the case is CLOSED or \
                    WITHDRAWN (409 with currentStatus then). Publishes MessagePosted with the author's role. Honours \
                    Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MessageRequest.class),
                    examples = @ExampleObject(name = "answer", value = """
                            {"text": "The courier comes tomorrow between 9 and 12."}"""))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Posted (MessagePosted is published)",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = MessageCreated.class),
                                    examples = @ExampleObject(name = "posted", value = """
                                            {"messageId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"}"""))),
                    @ApiResponse(responseCode = "404", ref = ApiDocs.CASE_NOT_FOUND),
                    @ApiResponse(responseCode = "409", ref = ApiDocs.STATUS_CONFLICT),
                    @ApiResponse(responseCode = "413", ref = ApiDocs.BODY_TOO_LARGE),
                    @ApiResponse(responseCode = "415", ref = ApiDocs.NOT_JSON),
                    @ApiResponse(responseCode = "422", ref = ApiDocs.KEY_REUSED)})
    @PostMapping(path = "/api/v1/agent/cases/{caseId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<MessageCreated>> fromStaff(@PathVariable String caseId,
                                                   @Valid @RequestBody MessageRequest request,
                                                   @RequestHeader(name = IdempotentRequests.HEADER,
                                                           required = false) String idempotencyKey,
                                                   ServerHttpRequest http) {
        UUID id = PathIds.uuid("caseId", caseId);
        return commands.run(http, idempotencyKey, Callers.STAFF, request, MessageCreated.class,
                staff -> messages.post(id, request.text(), found -> true,
                                found -> Callers.staff(staff, Callers.STAFF))
                        .map(MessageController::created));
    }

    private static ResponseEntity<MessageCreated> created(UUID messageId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new MessageCreated(messageId));
    }
}
