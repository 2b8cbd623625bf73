package com.marketplace.aftersales.platform.testapp;

import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A command with a visible effect, to test idempotency keys and input errors as every service uses them. */
@RestController
class CommandController {

    record CreateThing(@NotBlank @Size(max = 20) String name, @Min(1) @Max(5) int rating) {
    }

    record ThingCreated(UUID id, String name) {
    }

    private final IdempotentRequests idempotent;
    private final DatabaseClient db;

    CommandController(IdempotentRequests idempotent, DatabaseClient db) {
        this.idempotent = idempotent;
        this.db = db;
    }

    @PostMapping("/api/v1/things")
    Mono<ResponseEntity<ThingCreated>> create(@Valid @RequestBody CreateThing request,
                                              @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                              String key) {
        return Caller.current().flatMap(caller -> idempotent.execute(caller.id(), key,
                idempotent.fingerprint("POST", "/api/v1/things", request), ThingCreated.class, () -> {
                    UUID id = UUID.randomUUID();
                    return db.sql("insert into command_effect (id, caller, name) values (:id, :caller, :name)")
                            .bind("id", id).bind("caller", caller.id()).bind("name", request.name())
                            .then()
                            .thenReturn(ResponseEntity.created(URI.create("/api/v1/things/" + id))
                                    .body(new ThingCreated(id, request.name())));
                }));
    }
}
