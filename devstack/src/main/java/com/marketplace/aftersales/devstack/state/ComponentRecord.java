package com.marketplace.aftersales.devstack.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One running component as {@code components.json} lists it.
 *
 * @param healthUrl      answers 200 when the component is ready; absent for servers that are probed by connecting
 *                       to their port (PostgreSQL, Kafka)
 * @param processStarted when the process with {@code pid} started, so a later process reusing the pid is never
 *                       mistaken for it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComponentRecord(
        String name,
        ComponentKind kind,
        long pid,
        int port,
        String healthUrl,
        Instant processStarted) {

    /** Is the process this record describes still alive (and not a newer process with the same pid)? */
    public boolean processAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> processStarted == null || p.info().startInstant().map(processStarted::equals).orElse(true))
                .isPresent();
    }
}
