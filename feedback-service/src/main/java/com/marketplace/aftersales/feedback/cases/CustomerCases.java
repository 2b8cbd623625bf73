package com.marketplace.aftersales.feedback.cases;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.Map;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The customer side of every command here: only customers act, only on their own cases, and another customer's case
 * (or one this service has not heard of) is a 404, so the answer never reveals that a case exists.
 */
@Component
public class CustomerCases {

    /** Where customers act from (domain §1); staff and system channels are not theirs to claim. */
    private static final Set<Channel> APP_CHANNELS = EnumSet.of(Channel.ORDER_DETAIL, Channel.PERSONAL_CENTRE,
            Channel.SERVICE_ENTRY);
    /** Ratings and complaints are asked for on the case page, which lives in the personal centre. */
    private static final Channel DEFAULT_CHANNEL = Channel.PERSONAL_CENTRE;

    private final FeedbackCases cases;

    CustomerCases(FeedbackCases cases) {
        this.cases = cases;
    }

    /** The calling customer; other roles may not use the customer endpoints (403). */
    public static Mono<Caller> currentCustomer() {
        return Caller.current()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "A valid bearer token is required", Map.of())))
                .flatMap(caller -> caller.hasRole(Roles.CUSTOMER) ? Mono.just(caller)
                        : Mono.error(new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden",
                        "Only the customer who filed the case may do this", Map.of())));
    }

    /** The caller's case, locked for the rest of the transaction; 404 if it is not theirs or not known here. */
    public Mono<FeedbackCase> lockOwnCase(UUID caseId, Caller customer) {
        return cases.lock(caseId)
                .filter(found -> found.belongsTo(customer.id()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Case " + caseId)));
    }

    /** The customer as the actor of an event, acting through the channel the app reported (or the case page). */
    public static Actor actor(Caller customer, Channel requested) {
        if (requested != null && !APP_CHANNELS.contains(requested)) {
            throw ApiProblem.invalid("channel", "must be one of " + APP_CHANNELS);
        }
        return new Actor(customer.id(), ActorRole.CUSTOMER, requested == null ? DEFAULT_CHANNEL : requested);
    }
}
