package com.marketplace.aftersales.slamonitor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A setting that cannot work stops the start with the name of the setting, not a failure at the first deadline. */
class SlaPropertiesTest {

    @Test
    void theTimeScaleMustBePositive() {
        assertThatThrownBy(() -> new SlaProperties(0.0, null, null, null, null, null, null, null, null))
                .hasMessageContaining("aftersales.sla.time-scale");
    }

    @Test
    void theWarningPointMustLieInsideTheLimit() {
        assertThatThrownBy(() -> new SlaProperties(null, 1.0, null, null, null, null, null, null, null))
                .hasMessageContaining("aftersales.sla.warning-fraction");
    }

    @Test
    void thePunctuationIntervalMustBePositive() {
        assertThatThrownBy(() -> new SlaProperties(null, null, null, Duration.ZERO, null, null, null, null, null))
                .hasMessageContaining("aftersales.sla.punctuation-interval");
    }
}
