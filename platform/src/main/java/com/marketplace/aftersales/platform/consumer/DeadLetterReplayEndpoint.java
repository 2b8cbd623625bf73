package com.marketplace.aftersales.platform.consumer;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/dltreplay}: replays the service's dead-letter topic after a fix. Operations only
 * ({@code OPS_MANAGER}); {@code ./aftersales dlt-replay <service>} calls it locally.
 */
@Endpoint(id = "dltreplay")
public class DeadLetterReplayEndpoint {

    private final DeadLetterReplayer replayer;

    public DeadLetterReplayEndpoint(DeadLetterReplayer replayer) {
        this.replayer = replayer;
    }

    @WriteOperation
    public DeadLetterReplayer.Result replay() {
        return replayer.replay();
    }
}
