package com.marketplace.aftersales.devstack.supervisor;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run one child process: its command, the variables added to the inherited environment, where it listens,
 * the URL that answers 200 once it is ready, and the log its output is appended to.
 */
public record ChildSpec(
        String name,
        List<String> command,
        Map<String, String> environment,
        int port,
        URI healthUrl,
        Path logFile,
        Path workingDirectory) {

    public ChildSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
