package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.caseview.api.Responses.CaseDetail;
import com.marketplace.aftersales.caseview.api.Responses.CaseSummary;
import com.marketplace.aftersales.caseview.api.Responses.Conversation;
import com.marketplace.aftersales.caseview.api.Responses.Page;
import com.marketplace.aftersales.caseview.api.Responses.TimelineItem;
import com.marketplace.aftersales.caseview.timeline.TimelineReader;
import com.marketplace.aftersales.caseview.timeline.TimelineStream;
import com.marketplace.aftersales.platform.security.Roles;
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

    @GetMapping
    Mono<Page<CaseSummary>> list(@RequestParam(required = false) String status,
                                 @RequestParam(required = false) String page,
                                 @RequestParam(required = false) String size) {
        return VisibleCases.caller().flatMap(caller -> {
            if (!caller.hasRole(Roles.CUSTOMER)) {
                return Mono.error(RequestParameters.forbidden(
                        "This list is a customer's own cases; staff use /api/v1/agent/cases, merchants"
                                + " /api/v1/merchant/cases, warehouses /api/v1/warehouse/returns"));
            }
            RequestParameters.ListRequest request = RequestParameters.list(page, size, status, properties.paging());
            return queries.ofCustomer(caller.id(), request).map(result -> new Page<>(
                    result.items().stream().map(CaseSummary::of).toList(), result.page(), result.size(),
                    result.total()));
        });
    }

    @GetMapping("/{caseId}")
    Mono<ResponseEntity<CaseDetail>> detail(@PathVariable String caseId,
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
    @GetMapping(path = "/{caseId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<ResponseEntity<Flux<ServerSentEvent<TimelineItem>>>> stream(
            @PathVariable String caseId,
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
