package com.marketplace.aftersales.contracts.notification;

import com.marketplace.aftersales.contracts.event.ActorRole;

public record Recipient(String id, ActorRole role) {
}
