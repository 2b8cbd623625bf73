package com.marketplace.aftersales.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.simulators.payment.RefundRoute;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorBehaviourTest {

    @Test
    void theDefaultsAreALittleLatencyAndNoFailures() {
        SimulatorBehaviour defaults = SimulatorBehaviour.defaults();

        assertThat(defaults.latencyMillis()).isEqualTo(20);
        assertThat(defaults.failureRate()).isZero();
        assertThat(defaults.failNextCalls()).isZero();
        assertThat(defaults.hangRate()).isZero();
        assertThat(defaults.recordThenTimeoutRate()).isZero();
        assertThat(defaults.pendingMillis()).isZero();
        assertThat(defaults.declineRoutes()).isEmpty();
        assertThat(SimulatorBehaviour.fromEnvironment("AFTERSALES_PAYMENTS_SIM", Map.of())).isEqualTo(defaults);
    }

    @Test
    void theEnvironmentSetsEveryKnobUnderItsPrefix() {
        Map<String, String> env = Map.of(
                "AFTERSALES_PAYMENTS_SIM_LATENCY_MS", "150",
                "AFTERSALES_PAYMENTS_SIM_JITTER_MS", "50",
                "AFTERSALES_PAYMENTS_SIM_FAILURE_RATE", "0.2",
                "AFTERSALES_PAYMENTS_SIM_FAIL_NEXT_CALLS", "3",
                "AFTERSALES_PAYMENTS_SIM_HANG_RATE", "0.05",
                "AFTERSALES_PAYMENTS_SIM_RECORD_THEN_TIMEOUT_RATE", "0.1",
                "AFTERSALES_PAYMENTS_SIM_HANG_MS", "9000",
                "AFTERSALES_PAYMENTS_SIM_PENDING_MS", "4000",
                "AFTERSALES_PAYMENTS_SIM_DECLINE_ROUTES", "original, coupon",
                "AFTERSALES_CARRIERS_SIM_LATENCY_MS", "999");

        SimulatorBehaviour behaviour = SimulatorBehaviour.fromEnvironment(SimulatorBehaviour.PAYMENTS_ENV_PREFIX, env);

        assertThat(behaviour).isEqualTo(new SimulatorBehaviour(150, 50, 0.2, 3, 0.05, 0.1, 9000, 4000,
                Set.of(RefundRoute.ORIGINAL, RefundRoute.COUPON), 60_000));
        assertThat(SimulatorBehaviour.fromEnvironment(SimulatorBehaviour.CARRIERS_ENV_PREFIX,
                Map.of("AFTERSALES_CARRIERS_SIM_DELIVERY_AFTER_MS", "5000")).deliveryAfterMillis()).isEqualTo(5000);
    }

    @Test
    void anUnusableValueNamesItsVariable() {
        assertThatThrownBy(() -> SimulatorBehaviour.fromEnvironment("AFTERSALES_PAYMENTS_SIM",
                Map.of("AFTERSALES_PAYMENTS_SIM_FAILURE_RATE", "often")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AFTERSALES_PAYMENTS_SIM_FAILURE_RATE");
        assertThatThrownBy(() -> SimulatorBehaviour.fromEnvironment("AFTERSALES_PAYMENTS_SIM",
                Map.of("AFTERSALES_PAYMENTS_SIM_FAILURE_RATE", "1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AFTERSALES_PAYMENTS_SIM");
    }
}
