package com.marketplace.aftersales.caseview.timeline;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * A case's timeline as a live stream: the entries after a given id from the database, then each entry as it is
 * committed (by any instance), in commit order, without a gap or a repeat.
 * <p>
 * The stream joins its case's channel <em>before</em> the database is read (and reads once the channel knows where
 * the timeline stands): an entry committed while the backlog is loading is then either in the backlog or handed on
 * live (or both, and the id filter drops the repeat). Ids of one case follow commit order because the projection
 * serialises a case's events on its row lock, so "greater than the last id sent" is exactly "not sent yet".
 */
@Component
public class TimelineStream {

    private final TimelineHub hub;
    private final TimelineReader reader;
    private final int bufferSize;

    TimelineStream(TimelineHub hub, TimelineReader reader, CaseViewProperties properties) {
        this.hub = hub;
        this.reader = reader;
        this.bufferSize = properties.sse().subscriberBuffer();
    }

    /**
     * @param afterId the last id the client has ({@code Last-Event-ID}); 0 for everything
     * @param staff   whether staff-only entries are included
     */
    public Flux<TimelineEntry> entries(UUID caseId, long afterId, boolean staff) {
        return hub.tracked(Flux.defer(() -> {
            // Exactly the configured size (Reactor's own queues round up): the bound a slow client may hold.
            Queue<TimelineEntry> queue = new ArrayBlockingQueue<>(bufferSize);
            Sinks.Many<TimelineEntry> live = Sinks.many().unicast().onBackpressureBuffer(queue);
            TimelineHub.Membership membership = hub.join(caseId, entry -> {
                if (live.tryEmitNext(entry) == Sinks.EmitResult.FAIL_OVERFLOW) {
                    // The client reads slower than its case changes: end the stream rather than hold entries without
                    // bound or drop one silently. It reconnects with Last-Event-ID and reads the rest from the database.
                    hub.overflowed();
                    live.tryEmitComplete();
                }
            });
            AtomicLong lastSent = new AtomicLong(afterId);
            return membership.ready()
                    .thenMany(reader.after(caseId, afterId, staff))
                    .concatWith(live.asFlux())
                    .filter(entry -> entry.id() > lastSent.get())
                    .doOnNext(entry -> lastSent.set(entry.id()))
                    .filter(entry -> entry.audience().visibleTo(staff))
                    .takeUntilOther(hub.closing())
                    .doFinally(signal -> membership.dispose());
        }));
    }
}
