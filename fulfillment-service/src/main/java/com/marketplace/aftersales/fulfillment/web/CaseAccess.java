package com.marketplace.aftersales.fulfillment.web;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Who may take which step, on which case. A caller without the step's role is refused outright (403); a caller with
 * the role but not the case's customer, merchant or warehouse gets the same 404 as for a case that does not exist, so
 * nobody learns which cases exist. Staff steps (finance) act on every case.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static void requireRole(Caller caller, String step, String... roles) {
        for (String role : roles) {
            if (caller.hasRole(role)) {
                return;
            }
        }
        throw new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden",
                "Only " + String.join(" or ", roles) + " may " + step, Map.of());
    }

    /** The customer who owns the case. */
    public static Optional<Actor> asCustomer(Caller caller, FulfillmentCase target) {
        return caller.hasRole(Roles.CUSTOMER) && target.belongsToCustomer(caller.id())
                ? Optional.of(new Actor(caller.id(), ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE))
                : Optional.empty();
    }

    /** The warehouse the return is addressed to, or the merchant whose order it is. */
    public static Optional<Actor> asReceiver(Caller caller, FulfillmentCase target) {
        if (caller.hasRole(Roles.WAREHOUSE) && target.returnsTo(caller.warehouseId())) {
            return Optional.of(new Actor(caller.id(), ActorRole.WAREHOUSE, Channel.WAREHOUSE_CONSOLE));
        }
        return asMerchant(caller, target);
    }

    /** Finance acts on every case (the role was checked first). */
    public static Optional<Actor> asFinance(Caller caller, FulfillmentCase target) {
        return caller.hasRole(Roles.FINANCE)
                ? Optional.of(new Actor(caller.id(), ActorRole.FINANCE, Channel.STAFF_CONSOLE))
                : Optional.empty();
    }

    /** The merchant whose order the case is about. */
    public static Optional<Actor> asMerchant(Caller caller, FulfillmentCase target) {
        return caller.hasRole(Roles.MERCHANT) && target.belongsToMerchant(caller.merchantId())
                ? Optional.of(new Actor(caller.id(), ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE))
                : Optional.empty();
    }
}
