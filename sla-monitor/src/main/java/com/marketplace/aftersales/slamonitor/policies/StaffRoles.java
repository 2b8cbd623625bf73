package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * The platform's own people. A message from one of them is a response to the customer; a customer's, merchant's or
 * warehouse's message is not, and neither is an automatic one (role {@code SYSTEM}).
 */
final class StaffRoles {

    private static final Set<ActorRole> STAFF = EnumSet.of(
            ActorRole.AGENT, ActorRole.SUPERVISOR, ActorRole.OPS_MANAGER, ActorRole.FINANCE, ActorRole.RISK);

    private StaffRoles() {
    }

    static boolean isStaff(Actor actor) {
        return actor != null && STAFF.contains(actor.role());
    }
}
