package com.marketplace.aftersales.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.resilience.BackendFailures.Outcome;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class BackendFailuresTest {

    @Test
    void anOpenCircuitIsToldApartFromADownBackendAndFromASlowOne() {
        CircuitBreaker open = CircuitBreaker.ofDefaults("x");
        open.transitionToOpenState();

        assertThat(BackendFailures.classify(CallNotPermittedException.createCallNotPermittedException(open)))
                .isEqualTo(Outcome.CIRCUIT_OPEN);
        assertThat(BackendFailures.classify(new ServiceUnavailableException())).isEqualTo(Outcome.CIRCUIT_OPEN);
        assertThat(BackendFailures.classify(new ConnectException("Connection refused")))
                .isEqualTo(Outcome.UNAVAILABLE);
        assertThat(BackendFailures.classify(new TimeoutException("Response took longer than 10s")))
                .isEqualTo(Outcome.TIMEOUT);
        assertThat(BackendFailures.classify(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "timeout")))
                .isEqualTo(Outcome.TIMEOUT);
    }
}
