package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.platform.web.ApiProblem;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import java.util.List;
import reactor.core.publisher.Mono;

/** Who may call which endpoint, and how a caller appears as the {@code actor} of the events they cause. */
public final class Callers {

    public static final List<String> CUSTOMERS = List.of(Roles.CUSTOMER);
    /** Review decisions: agents, and supervisors who step in. */
    public static final List<String> REVIEWERS = List.of(Roles.AGENT, Roles.SUPERVISOR);
    /** Every staff role may talk to the customer inside a case. */
    public static final List<String> STAFF = List.of(Roles.AGENT, Roles.SUPERVISOR, Roles.OPS_MANAGER, Roles.FINANCE,
            Roles.RISK);

    private Callers() {
    }

    /** The authenticated caller if they hold one of {@code roles}; a 403 problem otherwise. */
    public static Mono<Caller> withAnyRole(List<String> roles) {
        return Caller.current()
                // The security filter already refused requests without a valid token; this is a second line only.
                .switchIfEmpty(Mono.error(() -> ApiProblem.forbidden("No authenticated caller")))
                .flatMap(caller -> roles.stream().anyMatch(caller::hasRole)
                        ? Mono.just(caller)
                        : Mono.error(ApiProblem.forbidden("This endpoint is for " + String.join(", ", roles))));
    }

    public static Actor customer(Caller caller, Channel channel) {
        return new Actor(caller.id(), ActorRole.CUSTOMER, channel);
    }

    /** The caller as a staff actor: the first of {@code roles} (most specific first) they hold. */
    public static Actor staff(Caller caller, List<String> roles) {
        String role = roles.stream().filter(caller::hasRole).findFirst()
                .orElseThrow(() -> new IllegalStateException("The caller holds none of " + roles));
        return new Actor(caller.id(), ActorRole.valueOf(role), Channel.STAFF_CONSOLE);
    }
}
