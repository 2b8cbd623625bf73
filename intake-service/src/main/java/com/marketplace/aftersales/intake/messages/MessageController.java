package com.marketplace.aftersales.intake.messages;

import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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

    record MessageCreated(UUID messageId) {
    }

    private final MessageService messages;
    private final IdempotentCommands commands;

    MessageController(MessageService messages, IdempotentCommands commands) {
        this.messages = messages;
        this.commands = commands;
    }

    @PostMapping("/api/v1/cases/{caseId}/messages")
    Mono<ResponseEntity<MessageCreated>> fromCustomer(@PathVariable UUID caseId,
                                                      @Valid @RequestBody MessageRequest request,
                                                      @RequestHeader(name = IdempotentRequests.HEADER,
                                                              required = false) String idempotencyKey,
                                                      ServerHttpRequest http) {
        return commands.run(http, idempotencyKey, Callers.CUSTOMERS, request, MessageCreated.class,
                customer -> messages.post(caseId, request.text(), found -> found.isOwnedBy(customer.id()),
                                found -> Callers.customer(customer, found.channel()))
                        .map(MessageController::created));
    }

    @PostMapping("/api/v1/agent/cases/{caseId}/messages")
    Mono<ResponseEntity<MessageCreated>> fromStaff(@PathVariable UUID caseId,
                                                   @Valid @RequestBody MessageRequest request,
                                                   @RequestHeader(name = IdempotentRequests.HEADER,
                                                           required = false) String idempotencyKey,
                                                   ServerHttpRequest http) {
        return commands.run(http, idempotencyKey, Callers.STAFF, request, MessageCreated.class,
                staff -> messages.post(caseId, request.text(), found -> true,
                                found -> Callers.staff(staff, Callers.STAFF))
                        .map(MessageController::created));
    }

    private static ResponseEntity<MessageCreated> created(UUID messageId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new MessageCreated(messageId));
    }
}
