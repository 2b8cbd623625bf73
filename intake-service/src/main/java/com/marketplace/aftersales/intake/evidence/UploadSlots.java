package com.marketplace.aftersales.intake.evidence;

import com.marketplace.aftersales.platform.web.ApiProblem;
import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.IntakeProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * How many uploads this instance reads at the same time ({@code evidence.max-concurrent-uploads}). An upload holds its
 * file in memory (up to its type's limit) until it is stored, so this is what bounds the heap uploads take: at most
 * that many times the largest limit. An upload that finds no free slot is refused before its body is read:
 * {@code 503} with {@code Retry-After}.
 */
@Component
class UploadSlots {

    static final String ACTIVE_METRIC = "aftersales.intake.evidence.uploads.active";

    private final Semaphore slots;
    private final Duration retryAfter;
    private final IntakeMetrics metrics;

    UploadSlots(IntakeProperties properties, IntakeMetrics metrics, MeterRegistry registry) {
        int capacity = properties.evidence().maxConcurrentUploads();
        this.slots = new Semaphore(capacity);
        this.retryAfter = properties.evidence().busyRetryAfter();
        this.metrics = metrics;
        Gauge.builder(ACTIVE_METRIC, slots, free -> capacity - free.availablePermits())
                .description("Evidence uploads this instance is reading or storing right now")
                .register(registry);
    }

    /** Runs the upload in a slot, given back however it ends (stored, refused, failed, or the client gone). */
    <T> Mono<T> inSlot(Supplier<Mono<T>> upload) {
        return Mono.defer(() -> {
            if (!slots.tryAcquire()) {
                metrics.evidenceRefused("busy");
                return Mono.error(ApiProblem.unavailable("Too many uploads are in progress; try again in "
                        + ApiProblem.retryAfterSeconds(retryAfter) + " s", retryAfter));
            }
            AtomicBoolean held = new AtomicBoolean(true);
            Runnable release = () -> {
                if (held.compareAndSet(true, false)) {
                    slots.release();
                }
            };
            // Given back before the outcome travels on (not in doFinally, which runs after it): a client that sends
            // its next upload as soon as it has the answer to this one must find the slot free.
            return Mono.defer(upload)
                    .doOnSuccess(stored -> release.run())
                    .doOnError(failed -> release.run())
                    .doOnCancel(release);
        });
    }
}
