package com.marketplace.aftersales.caseview.notification;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.notification.NotificationChannel;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import com.marketplace.aftersales.contracts.notification.Recipient;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The message the customer gets when their case shows a new status (domain §3: "each step updates the case status
 * and notifies the customer"). The messaging team renders the template in the customer's language.
 */
public final class StatusNotifications {

    static final List<NotificationChannel> CHANNELS = List.of(NotificationChannel.PUSH, NotificationChannel.IN_APP);

    private StatusNotifications() {
    }

    /**
     * @param causeEventId the event that moved the case to {@code status}. The notification's id derives from it, so a
     *                     projection rebuilt from the topics requests the same notifications under the same ids and
     *                     the messaging team can drop the repeats.
     */
    public static NotificationRequested statusChanged(UUID caseId, String customerId, String serviceNo,
                                                      CaseStatus status, String causeEventId) {
        Map<String, String> params = new LinkedHashMap<>();
        if (serviceNo != null) {
            params.put("serviceNo", serviceNo);
        }
        params.put("status", status.name());
        UUID notificationId = UUID.nameUUIDFromBytes(("case-status:" + caseId + ":" + status + ":" + causeEventId)
                .getBytes(StandardCharsets.UTF_8));
        return new NotificationRequested(caseId, notificationId, new Recipient(customerId, ActorRole.CUSTOMER),
                template(status), params, CHANNELS, Actor.system(Component.CASE_VIEW.serviceName()));
    }

    public static String template(CaseStatus status) {
        return "case-status-" + status.name().toLowerCase(Locale.ROOT);
    }
}
