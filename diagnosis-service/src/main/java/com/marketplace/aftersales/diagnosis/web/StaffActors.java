package com.marketplace.aftersales.diagnosis.web;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.Arrays;

/** The actor of a staff command: the caller, in the most senior of the roles the command accepts. */
public final class StaffActors {

    private StaffActors() {
    }

    /**
     * @param accepted the roles the command accepts, most senior first
     * @throws ApiProblem 403 if the caller has none of them
     */
    public static Actor of(Caller caller, ActorRole... accepted) {
        for (ActorRole role : accepted) {
            if (caller.hasRole(role.name())) {
                return new Actor(caller.id(), role, Channel.STAFF_CONSOLE);
            }
        }
        throw ApiProblem.forbidden("This needs one of the roles " + Arrays.toString(accepted));
    }
}
