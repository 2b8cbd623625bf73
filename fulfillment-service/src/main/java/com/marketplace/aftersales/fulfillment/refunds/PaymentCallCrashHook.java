package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Why this exists: a system test must prove that a crash between the payment provider's answer and the commit of
 * its outcome never pays twice (after the restart the refund is still REQUESTED and is paid again under the same
 * idempotency key, which the provider answers with the existing refund). The only faithful way to crash there is to
 * stop the process dead, as {@code kill -9} would: no shutdown hooks, no rollback handlers, no relay flush.
 * <p>
 * The test arms it by creating the marker file named by {@code aftersales.fulfillment.faults
 * .halt-after-payment-call-marker} (env {@code AFTERSALES_FULFILLMENT_FAULTS_HALT_AFTER_PAYMENT_CALL_MARKER}); the
 * next provider answer deletes the file (so the restarted process runs normally) and halts with 137. The property is
 * empty in every real environment, and then this does nothing.
 */
@Component
class PaymentCallCrashHook {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallCrashHook.class);

    private final Path marker;
    private final Runnable halt;

    @Autowired
    PaymentCallCrashHook(FulfillmentProperties properties) {
        this(properties.faults().haltAfterPaymentCallMarker(), () -> Runtime.getRuntime().halt(137));
    }

    PaymentCallCrashHook(String markerPath, Runnable halt) {
        this.marker = markerPath == null || markerPath.isBlank() ? null : Path.of(markerPath);
        this.halt = halt;
    }

    /** Called when the provider has answered, before the answer is recorded. */
    void afterProviderAnswered() {
        if (marker == null) {
            return;
        }
        try {
            if (Files.deleteIfExists(marker)) {
                log.warn("Fault marker {} found after a payment call: halting before recording the outcome", marker);
                halt.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the fault marker " + marker, e);
        }
    }
}
