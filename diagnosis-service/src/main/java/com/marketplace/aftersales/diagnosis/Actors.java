package com.marketplace.aftersales.diagnosis;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.event.Actor;

/** Who acted when nobody did: diagnosis' own rules and deadline actions. */
public final class Actors {

    public static final Actor SYSTEM = Actor.system(Component.DIAGNOSIS_SERVICE.serviceName());

    private Actors() {
    }
}
