package com.marketplace.aftersales.caseview.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventTypes;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.notification.NotificationChannel;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatusNotificationsTest {

    private final UUID caseId = UUID.randomUUID();

    @Test
    void theCustomerIsToldTheNewStatusByPushAndInTheApp() {
        NotificationRequested notification = StatusNotifications.statusChanged(caseId, "customer-1",
                "AS-20261122-000042", CaseStatus.REFUND_PENDING, "event-1");

        assertThat(notification.recipient().id()).isEqualTo("customer-1");
        assertThat(notification.recipient().role()).isEqualTo(ActorRole.CUSTOMER);
        assertThat(notification.template()).isEqualTo("case-status-refund_pending");
        assertThat(notification.params()).isEqualTo(Map.of("serviceNo", "AS-20261122-000042",
                "status", "REFUND_PENDING"));
        assertThat(notification.channels()).containsExactly(NotificationChannel.PUSH, NotificationChannel.IN_APP);
        assertThat(notification.actor().role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(EventTypes.of(notification).topic()).isEqualTo(Topics.NOTIFICATIONS);
    }

    @Test
    void theSameCauseGivesTheSameNotificationIdSoARebuildCanBeDeduplicated() {
        NotificationRequested first = StatusNotifications.statusChanged(caseId, "c", "s", CaseStatus.REFUNDED, "e-1");
        NotificationRequested again = StatusNotifications.statusChanged(caseId, "c", "s", CaseStatus.REFUNDED, "e-1");
        NotificationRequested laterVisit = StatusNotifications.statusChanged(caseId, "c", "s", CaseStatus.REFUNDED,
                "e-2");

        assertThat(again.notificationId()).isEqualTo(first.notificationId());
        assertThat(laterVisit.notificationId()).isNotEqualTo(first.notificationId());
    }
}
