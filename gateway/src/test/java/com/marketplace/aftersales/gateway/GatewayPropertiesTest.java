package com.marketplace.aftersales.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayPropertiesTest {

    @Test
    void retryAfterIsHowLongTheCircuitStaysOpenInWholeSecondsRoundedUp() {
        assertThat(circuit(Duration.ofSeconds(10)).retryAfterSeconds()).isEqualTo(10);
        assertThat(circuit(Duration.ofMillis(10_200)).retryAfterSeconds()).isEqualTo(11);
        assertThat(circuit(Duration.ofMillis(300)).retryAfterSeconds()).isEqualTo(1);
    }

    private static GatewayProperties.CircuitBreaker circuit(Duration openFor) {
        return new GatewayProperties.CircuitBreaker(null, null, null, openFor);
    }
}
