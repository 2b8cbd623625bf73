package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.caseview.api.Responses.CaseDetail;
import com.marketplace.aftersales.caseview.api.Responses.CaseSummary;
import com.marketplace.aftersales.caseview.api.Responses.CaseSummaryPage;
import com.marketplace.aftersales.caseview.api.Responses.Conversation;
import com.marketplace.aftersales.caseview.api.Responses.TimelineItem;
import com.marketplace.aftersales.caseview.timeline.TimelineReader;
import com.marketplace.aftersales.caseview.timeline.TimelineStream;
import com.marketplace.aftersales.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** What the app shows a customer (and anyone else allowed to see the case): the list, a case, its conversation, live. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    static final String LAST_EVENT_ID = "Last-Event-ID";
    /** A JSON string whose value is an entity tag with its quotes. */
    private static final String ETAG_EXAMPLE = "\"\\\"7\\\"\"";

    private final VisibleCases cases;
    private final CaseQueries queries;
    private final TimelineReader timeline;
    private final TimelineStream stream;
    private final CaseViewProperties properties;
    private final TransactionalOperator snapshot;

    CaseController(VisibleCases cases, CaseQueries queries, TimelineReader timeline, TimelineStream stream,
                   CaseViewProperties properties, ReactiveTransactionManager transactions) {
        this.cases = cases;
        this.queries = queries;
        this.timeline = timeline;
        this.stream = stream;
        this.properties = properties;
        // The case row and its timeline read from one snapshot, so the ETag (the row's version) describes exactly
        // the timeline returned with it.
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        definition.setReadOnly(true);
        this.snapshot = TransactionalOperator.create(transactions, definition);
    }

    @Operation(operationId = "caseViewListCases", tags = ApiDocumentation.CASES,
            summary = "List the caller's own cases",
            description = "Role CUSTOMER: the caller's cases, newest first, optionally only those in one status. "
                    + "Other roles get 403 (staff, merchants and warehouses have lists of their own).")
    @ApiResponse(responseCode = "200", description = "A page of the caller's cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = CaseSummaryPage.class),
                    examples = @ExampleObject(value = ApiExamples.CUSTOMER_CASES)))
    @ApiResponse(responseCode = "400", description = "A paging parameter or the status is invalid; each is named",
            content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON,
                    schema = @Schema(ref = ApiDocumentation.PROBLEM),
                    examples = @ExampleObject(value = ApiExamples.INVALID_PAGING)))
    @GetMapping
    Mono<CaseSummaryPage> list(@RequestParam(required = false) String status,
                               @RequestParam(required = false) String page,
                               @RequestParam(required = false) String size) {
        return VisibleCases.caller().flatMap(caller -> {
            if (!caller.hasRole(Roles.CUSTOMER)) {
                return Mono.error(RequestParameters.forbidden(
                        "This list is a customer's own cases; staff use /api/v1/agent/cases, merchants"
                                + " /api/v1/merchant/cases, warehouses /api/v1/warehouse/returns"));
            }
            RequestParameters.ListRequest request = RequestParameters.list(page, size, status, properties.paging());
            return queries.ofCustomer(caller.id(), request).map(result -> new CaseSummaryPage(
                    result.items().stream().map(CaseSummary::of).toList(), result.page(), result.size(),
                    result.total()));
        });
    }

    @Operation(operationId = "caseViewGetCase", tags = ApiDocumentation.CASES,
            summary = "Get a case as the app shows it",
            description = "The case's status, handler, expected completion, remedy, refund and timeline (oldest "
                    + "first). Its customer, the merchant of its order, the warehouse its return goes to, and staff "
                    + "may see it; anyone else gets 404. Staff also see staff-only timeline entries (SLA clocks, risk "
                    + "flags). The ETag changes with every applied event; send it back in If-None-Match to get 304 "
                    + "when nothing changed.")
    @ApiResponse(responseCode = "200", description = "The case",
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, quoted",
                    schema = @Schema(type = "string"), example = ETAG_EXAMPLE),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = CaseDetail.class),
                    examples = @ExampleObject(value = ApiExamples.CASE_DETAIL)))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match",
            headers = @Header(name = HttpHeaders.ETAG, description = "The case's version, quoted",
                    schema = @Schema(type = "string"), example = ETAG_EXAMPLE))
    @ApiResponse(responseCode = "404", description = "No such case, or not the caller's to see",
            content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON,
                    schema = @Schema(ref = ApiDocumentation.PROBLEM),
                    examples = @ExampleObject(value = ApiExamples.NOT_FOUND)))
    @GetMapping("/{caseId}")
    Mono<ResponseEntity<CaseDetail>> detail(@PathVariable String caseId,
                                            @Parameter(description = "The ETag of the copy the app holds",
                                                    example = ETAG_EXAMPLE)
                                            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
                                            String ifNoneMatch) {
        UUID id = RequestParameters.id("caseId", caseId);
        return cases.find(id)
                .flatMap(visible -> timeline.inOrderOfTime(id, visible.caller().isStaff())
                        .map(TimelineItem::of)
                        .collectList()
                        .map(items -> CaseDetail.of(visible.row(), items))
                        .map(detail -> respond(detail, visible.row().version(), ifNoneMatch)))
                .as(snapshot::transactional);
    }

    @Operation(operationId = "caseViewListMessages", tags = ApiDocumentation.CASES,
            summary = "Get a case's conversation",
            description = "Every message posted on the case, oldest first. Visible to whoever may see the case; "
                    + "anyone else gets 404.")
    @ApiResponse(responseCode = "200", description = "The conversation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Conversation.class),
                    examples = @ExampleObject(value = ApiExamples.CONVERSATION)))
    @ApiResponse(responseCode = "404", description = "No such case, or not the caller's to see",
            content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON,
                    schema = @Schema(ref = ApiDocumentation.PROBLEM),
                    examples = @ExampleObject(value = ApiExamples.NOT_FOUND)))
    @GetMapping("/{caseId}/messages")
    Mono<Conversation> messages(@PathVariable String caseId) {
        UUID id = RequestParameters.id("caseId", caseId);
        return cases.find(id).flatMap(visible -> queries.conversation(id).collectList()
                .map(messages -> new Conversation(id, messages)));
    }

    /**
     * The timeline live: first what the client missed (everything after {@code Last-Event-ID}, or all of it), then each
     * entry as it is committed; a comment line every heartbeat interval keeps proxies from closing an idle stream.
     */
    @Operation(operationId = "caseViewStreamTimeline", tags = ApiDocumentation.LIVE,
            summary = "Follow a case's timeline live (server-sent events)",
            description = """
                    A `text/event-stream` that stays open. First the timeline entries after `Last-Event-ID` (all of \
                    them without it), then each new entry as soon as case-view has committed it (typically well \
                    under a second after its event reached Kafka), from whichever case-view instance projected it. \
                    Each entry is one event: `id:` the entry id (increasing per case), `event: timeline`, `data:` \
                    the entry as JSON, shaped like `TimelineItem` (`{id, at, type, actor {id, role, channel}, \
                    summary}`). A comment line `:heartbeat` is sent every heartbeat interval (15 s by default) so \
                    proxies keep the stream open. On reconnect, send the last id received as `Last-Event-ID`: the \
                    stream continues without a gap or a repeat (EventSource clients do this by themselves). The \
                    server ends a stream whose client reads too slowly, and every stream when an instance shuts \
                    down; reconnect with `Last-Event-ID`. Same authorization as the case: anyone who may not see it \
                    gets 404.""")
    @ApiResponse(responseCode = "200", description = "The stream of timeline entries and heartbeats",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(type = "string", description = "Server-sent events: `id`, `event: timeline` "
                            + "and `data` (a TimelineItem as JSON) per entry; `:heartbeat` comment lines"),
                    examples = @ExampleObject(value = ApiExamples.STREAM)))
    @ApiResponse(responseCode = "404", description = "No such case, or not the caller's to see",
            content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON,
                    schema = @Schema(ref = ApiDocumentation.PROBLEM),
                    examples = @ExampleObject(value = ApiExamples.NOT_FOUND)))
    @GetMapping(path = "/{caseId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<ResponseEntity<Flux<ServerSentEvent<TimelineItem>>>> stream(
            @PathVariable String caseId,
            @Parameter(description = "The id of the last entry received; the stream resumes after it. A whole "
                    + "number, 0 or more; anything else is 400.",
                    schema = @Schema(type = "integer", format = "int64", minimum = "0"), example = "42")
            @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId) {
        UUID id = RequestParameters.id("caseId", caseId);
        long after = RequestParameters.lastEventId(lastEventId);
        return cases.find(id).map(visible -> ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noStore())
                // Tells nginx-style proxies not to buffer the stream.
                .header("X-Accel-Buffering", "no")
                .body(events(id, after, visible.caller().isStaff())));
    }

    private Flux<ServerSentEvent<TimelineItem>> events(UUID caseId, long after, boolean staff) {
        Sinks.Empty<Void> ended = Sinks.empty();
        Flux<ServerSentEvent<TimelineItem>> entries = stream.entries(caseId, after, staff)
                .map(entry -> ServerSentEvent.builder(TimelineItem.of(entry))
                        .id(String.valueOf(entry.id()))
                        .event("timeline")
                        .build())
                .doFinally(signal -> ended.tryEmitEmpty());
        Duration every = properties.sse().heartbeatInterval();
        Flux<ServerSentEvent<TimelineItem>> heartbeats = Flux.interval(every, every)
                .map(tick -> ServerSentEvent.<TimelineItem>builder().comment("heartbeat").build())
                .takeUntilOther(ended.asMono());
        return Flux.merge(entries, heartbeats);
    }

    private static ResponseEntity<CaseDetail> respond(CaseDetail detail, long version, String ifNoneMatch) {
        String etag = "\"" + version + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals(etag) || ifNoneMatch.strip().equals("W/" + etag))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(detail);
    }
}
