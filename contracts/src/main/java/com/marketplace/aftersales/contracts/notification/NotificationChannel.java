package com.marketplace.aftersales.contracts.notification;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

public enum NotificationChannel {
    IN_APP,
    PUSH,
    SMS,
    @JsonEnumDefaultValue
    UNKNOWN
}
