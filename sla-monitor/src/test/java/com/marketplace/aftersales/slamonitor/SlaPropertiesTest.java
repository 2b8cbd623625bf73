package com.marketplace.aftersales.slamonitor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.slamonitor.SlaProperties.PolicySettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A setting that cannot work stops the start with the name of the setting, not a failure at the first deadline. */
class SlaPropertiesTest {

    @Test
    void theTimeScaleMustBePositive() {
        assertThatThrownBy(() -> SlaProperties.defaults().withTimeScale(0.0))
                .hasMessageContaining("aftersales.sla.time-scale");
    }

    @Test
    void theWarningPointMustLieInsideTheLimit() {
        assertThatThrownBy(() -> new SlaProperties(null, 1.0, null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("aftersales.sla.warning-fraction");
        assertThatThrownBy(() -> SlaProperties.defaults().withPolicy("repair",
                new PolicySettings(null, null, 0.0, null, null)))
                .hasMessageContaining("aftersales.sla.policies.repair.warning-fraction");
    }

    @Test
    void thePunctuationIntervalMustBePositive() {
        assertThatThrownBy(() -> SlaProperties.defaults().withPunctuationInterval(Duration.ZERO))
                .hasMessageContaining("aftersales.sla.punctuation-interval");
    }

    @Test
    void aPolicyLimitMustBePositiveAndItsLadderNotEmpty() {
        assertThatThrownBy(() -> SlaProperties.defaults().withPolicy("first-response",
                PolicySettings.limit(Duration.ZERO)))
                .hasMessageContaining("aftersales.sla.policies.first-response.limit");
        assertThatThrownBy(() -> SlaProperties.defaults().withPolicy("refund-paid",
                new PolicySettings(null, null, null, null, List.of())))
                .hasMessageContaining("aftersales.sla.policies.refund-paid.escalate-to");
        assertThatThrownBy(() -> SlaProperties.defaults().withPolicy("refund-paid",
                new PolicySettings(null, null, null, null, List.of(ActorRole.FINANCE, ActorRole.UNKNOWN))))
                .hasMessageContaining("escalate-to");
    }

    @Test
    void theWriteBuffersMustFitInsideTheBlockCache() {
        assertThatThrownBy(() -> new SlaProperties.RocksDb(DataSize.ofMegabytes(16), DataSize.ofMegabytes(16)))
                .hasMessageContaining("aftersales.sla.rocksdb");
    }
}
