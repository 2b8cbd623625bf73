package com.marketplace.aftersales.contracts.notification;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A request to the messaging team to tell someone about a case (SMS, push, in-app), rendered from a template. */
public record NotificationRequested(
        UUID caseId,
        UUID notificationId,
        Recipient recipient,
        String template,
        Map<String, String> params,
        List<NotificationChannel> channels,
        Actor actor) implements CaseEvent {

    public NotificationRequested {
        params = params == null ? Map.of() : Map.copyOf(params);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
