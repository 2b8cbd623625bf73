package com.marketplace.aftersales.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ServiceNumbersTest {

    @Test
    void aServiceNumberIsTheDayAndASixDigitCounter() {
        assertThat(ServiceNumbers.format(LocalDate.of(2026, 11, 22), 42)).isEqualTo("AS-20261122-000042");
    }

    @Test
    void theDayIsTheConfiguredZonesDay() {
        Instant lateEveningUtc = Instant.parse("2026-11-21T23:30:00Z");

        assertThat(ServiceNumbers.dayOf(lateEveningUtc, ZoneId.of("Asia/Shanghai"))).isEqualTo("2026-11-22");
        assertThat(ServiceNumbers.dayOf(lateEveningUtc, ZoneId.of("UTC"))).isEqualTo("2026-11-21");
    }

    @Test
    void aBusyDayGetsLongerNumbersRatherThanRepeatedOnes() {
        assertThat(ServiceNumbers.format(LocalDate.of(2026, 11, 22), 1_000_000)).isEqualTo("AS-20261122-1000000");
    }
}
