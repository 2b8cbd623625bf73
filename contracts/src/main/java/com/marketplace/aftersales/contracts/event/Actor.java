package com.marketplace.aftersales.contracts.event;

import java.util.Objects;

/** Who did something, in which role, through which channel. */
public record Actor(String id, ActorRole role, Channel channel) {

    public static final String SYSTEM_ID = "system";

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(channel, "channel");
    }

    /** An automatic step: a rule, a deadline, a worker. {@code id} names the component that acted. */
    public static Actor system(String component) {
        return new Actor(component, ActorRole.SYSTEM, Channel.SYSTEM);
    }
}
