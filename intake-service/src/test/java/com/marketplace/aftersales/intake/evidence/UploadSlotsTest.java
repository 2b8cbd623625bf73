package com.marketplace.aftersales.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.IntakeProperties;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class UploadSlotsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UploadSlots slots = new UploadSlots(new IntakeProperties(null,
            new IntakeProperties.Evidence(null, null, null, 2, Duration.ofMillis(1500)), null, null),
            new IntakeMetrics(registry), registry);

    @Test
    void uploadsBeyondTheSlotsAreRefusedWithWhenToComeBack() {
        Disposable first = slots.inSlot(Mono::never).subscribe();
        Disposable second = slots.inSlot(Mono::never).subscribe();

        StepVerifier.create(slots.inSlot(() -> Mono.just("stored")))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(ApiProblem.class);
                    assertThat(((ApiProblem) error).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(((ApiProblem) error).retryAfterSeconds()).isEqualTo(2);
                })
                .verify();
        assertThat(active()).isEqualTo(2);
        assertThat(registry.get("aftersales.intake.evidence.refused").tag("reason", "busy").counter().count())
                .isEqualTo(1);
        first.dispose();
        second.dispose();
    }

    @Test
    void aSlotIsGivenBackHoweverTheUploadEnds() {
        StepVerifier.create(slots.inSlot(() -> Mono.just("stored"))).expectNext("stored").verifyComplete();
        StepVerifier.create(slots.inSlot(() -> Mono.error(new IllegalStateException("refused"))))
                .expectError(IllegalStateException.class).verify();
        Disposable abandoned = slots.inSlot(Mono::never).subscribe();
        assertThat(active()).isEqualTo(1);
        abandoned.dispose();

        assertThat(active()).isZero();
        StepVerifier.create(slots.inSlot(() -> Mono.just("a")).zipWith(slots.inSlot(() -> Mono.just("b"))))
                .expectNextCount(1).verifyComplete();
    }

    @Test
    void theSlotIsFreeByTheTimeTheAnswerIsOnItsWay() {
        // What the caller does with the outcome (write the response) happens with the slot already given back, so a
        // client's next upload, sent the moment it has this answer, cannot find this upload still in its slot.
        StepVerifier.create(slots.inSlot(() -> Mono.just("stored")).map(stored -> active()))
                .expectNext(0.0).verifyComplete();
        StepVerifier.create(slots.inSlot(() -> Mono.error(new IllegalStateException("refused")))
                        .onErrorResume(refused -> Mono.just(active())))
                .expectNext(0.0).verifyComplete();
        StepVerifier.create(slots.inSlot(Mono::empty).then(Mono.fromSupplier(this::active)))
                .expectNext(0.0).verifyComplete();
    }

    private double active() {
        return registry.get(UploadSlots.ACTIVE_METRIC).gauge().value();
    }
}
