package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.caseview.api.CaseQueries.AgentQueue;
import com.marketplace.aftersales.caseview.api.Responses.AgentCase;
import com.marketplace.aftersales.caseview.api.Responses.AtRisk;
import com.marketplace.aftersales.caseview.api.Responses.EscalationAcknowledged;
import com.marketplace.aftersales.caseview.api.Responses.Page;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff work lists: the agent queues, escalation acknowledgements, and the operations view of deadlines at risk. */
@RestController
class StaffController {

    private final CaseQueries queries;
    private final EscalationAcks acks;
    private final IdempotentRequests idempotent;
    private final CaseViewProperties properties;
    private final Clock clock;

    StaffController(CaseQueries queries, EscalationAcks acks, IdempotentRequests idempotent,
                    CaseViewProperties properties, Clock clock) {
        this.queries = queries;
        this.acks = acks;
        this.idempotent = idempotent;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code review}: awaiting review; {@code mine}: the caller's open cases; {@code escalated}; {@code all}. */
    @GetMapping("/api/v1/agent/cases")
    Mono<Page<AgentCase>> agentCases(@RequestParam(required = false) String queue,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) String page,
                                     @RequestParam(required = false) String size) {
        return staff().flatMap(caller -> {
            AgentQueue wanted = queue(queue);
            RequestParameters.ListRequest request = RequestParameters.list(page, size, status, properties.paging());
            return queries.agentQueue(wanted, caller.id(), request)
                    .flatMap(result -> queries.openEscalations(result.items().stream().map(CaseRow::caseId).toList())
                            .map(escalations -> new Page<>(result.items().stream()
                                    .map(row -> AgentCase.of(row, escalations.getOrDefault(row.caseId(), List.of())))
                                    .toList(), result.page(), result.size(), result.total())));
        });
    }

    @PostMapping("/api/v1/agent/escalations/{escalationId}/ack")
    Mono<ResponseEntity<EscalationAcknowledged>> acknowledge(
            @PathVariable String escalationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        UUID id = RequestParameters.id("escalationId", escalationId);
        String path = "/api/v1/agent/escalations/" + id + "/ack";
        return staff().flatMap(caller -> idempotent.execute(caller.id(), idempotencyKey,
                idempotent.fingerprint("POST", path, null), EscalationAcknowledged.class,
                () -> acks.acknowledge(id, caller.id())
                        .map(ResponseEntity::ok)
                        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Escalation " + id)))));
    }

    /** Supervisors and operations managers: the escalation ladder (domain §5). */
    @GetMapping("/api/v1/ops/sla/at-risk")
    Mono<List<AtRisk>> atRisk() {
        return VisibleCases.caller().flatMap(caller -> {
            if (!caller.hasRole(Roles.SUPERVISOR) && !caller.hasRole(Roles.OPS_MANAGER)) {
                return Mono.error(RequestParameters.forbidden("The at-risk list is for supervisors and operations"
                        + " managers"));
            }
            return queries.atRisk(clock.instant(), properties.atRisk().limit()).collectList();
        });
    }

    private static Mono<Caller> staff() {
        return VisibleCases.caller().flatMap(caller -> caller.isStaff() ? Mono.just(caller)
                : Mono.error(RequestParameters.forbidden("Staff only")));
    }

    private static AgentQueue queue(String value) {
        if (value == null || value.isBlank()) {
            return AgentQueue.ALL;
        }
        try {
            return AgentQueue.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("queue", "must be one of review, mine, escalated, all");
        }
    }
}
