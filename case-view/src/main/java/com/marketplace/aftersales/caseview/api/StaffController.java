package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.caseview.api.CaseQueries.AgentQueue;
import com.marketplace.aftersales.caseview.api.Responses.AgentCase;
import com.marketplace.aftersales.caseview.api.Responses.AgentCasePage;
import com.marketplace.aftersales.caseview.api.Responses.AtRisk;
import com.marketplace.aftersales.caseview.api.Responses.EscalationAcknowledged;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
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
    @Operation(operationId = "caseViewListAgentCases", tags = ApiDocumentation.AGENT_WORK,
            summary = "An agent's work queue",
            description = "Staff only (else 403). `review`: cases awaiting review, oldest first; `mine`: the caller's "
                    + "open cases, most recently updated first; `escalated`: cases with an unacknowledged escalation, "
                    + "longest waiting first; `all` (default): every case, newest first. Each item carries its "
                    + "unacknowledged escalations, acknowledged by id.")
    @ApiResponse(responseCode = "200", description = "A page of the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AgentCasePage.class),
                    examples = @ExampleObject(value = ApiExamples.AGENT_CASES)))
    @GetMapping("/api/v1/agent/cases")
    Mono<AgentCasePage> agentCases(@Parameter(description = "Which queue",
                                             schema = @Schema(type = "string", defaultValue = "all",
                                                     allowableValues = {"review", "mine", "escalated", "all"}),
                                             example = "review")
                                     @RequestParam(required = false) String queue,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) String page,
                                     @RequestParam(required = false) String size) {
        return staff().flatMap(caller -> {
            AgentQueue wanted = queue(queue);
            RequestParameters.ListRequest request = RequestParameters.list(page, size, status, properties.paging());
            return queries.agentQueue(wanted, caller.id(), request)
                    .flatMap(result -> queries.openEscalations(result.items().stream().map(CaseRow::caseId).toList())
                            .map(escalations -> new AgentCasePage(result.items().stream()
                                    .map(row -> AgentCase.of(row, escalations.getOrDefault(row.caseId(), List.of())))
                                    .toList(), result.page(), result.size(), result.total())));
        });
    }

    @Operation(operationId = "caseViewAcknowledgeEscalation", tags = ApiDocumentation.AGENT_WORK,
            summary = "Acknowledge an escalation",
            description = "Staff only (else 403). Takes the escalation off the escalated queue. The first "
                    + "acknowledgement stands: acknowledging again changes nothing and answers who acknowledged it "
                    + "and when. No request body. Honours Idempotency-Key (the same key for another escalation is "
                    + "422).")
    @ApiResponse(responseCode = "200", description = "The escalation, acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EscalationAcknowledged.class),
                    examples = @ExampleObject(value = ApiExamples.ESCALATION_ACKNOWLEDGED)))
    @ApiResponse(responseCode = "404", description = "No such escalation",
            content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON,
                    schema = @Schema(ref = ApiDocumentation.PROBLEM)))
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was already used for another request",
            content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON,
                    schema = @Schema(ref = ApiDocumentation.PROBLEM)))
    @PostMapping("/api/v1/agent/escalations/{escalationId}/ack")
    Mono<ResponseEntity<EscalationAcknowledged>> acknowledge(
            @PathVariable String escalationId,
            @Parameter(description = "Makes a retry safe: the same key answers the first result (kept 24 h)",
                    schema = @Schema(type = "string", minLength = 1, maxLength = 255),
                    example = "ack-9b7e4c1d-1")
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
    @Operation(operationId = "caseViewListAtRisk", tags = ApiDocumentation.SLA,
            summary = "Deadlines at risk",
            description = "Roles SUPERVISOR and OPS_MANAGER (else 403). Running SLA clocks of open cases past their "
                    + "warning time or deadline (judged by the clock, so right even while the sla-monitor lags) or "
                    + "reported warned or breached; the earliest deadline first, at most the configured limit "
                    + "(200 by default).")
    @ApiResponse(responseCode = "200", description = "The clocks at risk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = AtRisk.class)),
                    examples = @ExampleObject(value = ApiExamples.AT_RISK)))
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
