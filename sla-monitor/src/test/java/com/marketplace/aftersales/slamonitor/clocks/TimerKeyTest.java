package com.marketplace.aftersales.slamonitor.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimerKeyTest {

    @Test
    void theTextOrderOfKeysIsTheOrderOfDueTimesWhateverTheNumberOfDigits() {
        Random random = new Random(42);
        List<TimerKey> keys = IntStream.range(0, 2000)
                .mapToObj(i -> new TimerKey((long) Math.pow(10, random.nextInt(14)) + random.nextInt(1000),
                        UUID.randomUUID(), SlaPolicy.MERCHANT_RESPONSE, 1 + random.nextInt(3),
                        TimerKind.values()[random.nextInt(3)]))
                .toList();

        List<Long> byText = keys.stream().sorted(Comparator.comparing(TimerKey::encoded))
                .map(TimerKey::dueAtMillis).toList();

        assertThat(byText).isSorted();
    }

    @Test
    void aKeyReadsBackAsTheTimerItWasWrittenFrom() {
        TimerKey clockTimer = new TimerKey(1_795_399_200_000L, UUID.randomUUID(), SlaPolicy.MERCHANT_RESPONSE, 3,
                TimerKind.ACTION);
        TimerKey caseTimer = new TimerKey(1_795_399_200_000L, UUID.randomUUID(), null, 0, TimerKind.EXPIRE);

        assertThat(TimerKey.decode(clockTimer.encoded())).isEqualTo(clockTimer);
        assertThat(TimerKey.decode(caseTimer.encoded())).isEqualTo(caseTimer);
        assertThat(clockTimer.encoded()).matches("0000001795399200000\\|[0-9a-f-]{36}\\|merchant-response\\|3\\|ACTION");
    }

    @Test
    void theUpperBoundOfATimeSortsAfterEveryKeyDueThenAndBeforeEveryLaterOne() {
        UUID caseId = UUID.randomUUID();
        String bound = TimerKey.upperBoundOfDueBy(5000);

        assertThat(new TimerKey(5000, caseId, SlaPolicy.REPAIR, 9, TimerKind.WARN).encoded()).isLessThan(bound);
        assertThat(new TimerKey(5001, caseId, SlaPolicy.FIRST_RESPONSE, 1, TimerKind.ACTION).encoded())
                .isGreaterThan(bound);
    }
}
