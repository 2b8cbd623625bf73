package com.marketplace.aftersales.fulfillment.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentCallCrashHookTest {

    private final AtomicInteger halts = new AtomicInteger();

    @Test
    void withoutAMarkerConfiguredNothingHappens() {
        new PaymentCallCrashHook("", halts::incrementAndGet).afterProviderAnswered();

        assertThat(halts).hasValue(0);
    }

    @Test
    void aConfiguredMarkerThatDoesNotExistDoesNotHalt(@TempDir Path dir) {
        new PaymentCallCrashHook(dir.resolve("halt").toString(), halts::incrementAndGet).afterProviderAnswered();

        assertThat(halts).hasValue(0);
    }

    @Test
    void anArmedMarkerHaltsOnceAndIsConsumedSoTheRestartedProcessRunsNormally(@TempDir Path dir) throws Exception {
        Path marker = Files.createFile(dir.resolve("halt"));
        PaymentCallCrashHook hook = new PaymentCallCrashHook(marker.toString(), halts::incrementAndGet);

        hook.afterProviderAnswered();
        hook.afterProviderAnswered();

        assertThat(halts).hasValue(1);
        assertThat(marker).doesNotExist();
    }
}
