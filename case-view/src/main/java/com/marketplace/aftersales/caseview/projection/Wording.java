package com.marketplace.aftersales.caseview.projection;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** Small helpers that turn event values into words a customer reads. */
final class Wording {

    private Wording() {
    }

    /** {@code 129.00 CNY}; at least two decimals, never scientific notation. */
    static String money(Money money) {
        if (money == null || money.amount() == null) {
            return "the amount";
        }
        BigDecimal amount = money.amount().scale() < 2 ? money.amount().setScale(2) : money.amount();
        return amount.toPlainString() + (money.currency() == null ? "" : " " + money.currency());
    }

    /** {@code QUALITY_DEFECT} → {@code quality defect}; null or {@code UNKNOWN} → the fallback. */
    static String words(Enum<?> value, String fallback) {
        if (value == null || "UNKNOWN".equals(value.name())) {
            return fallback;
        }
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String who(Actor actor) {
        return who(actor == null ? null : actor.role());
    }

    static String who(ActorRole role) {
        if (role == null) {
            return "Someone";
        }
        return switch (role) {
            case CUSTOMER -> "Customer";
            case AGENT -> "Agent";
            case SUPERVISOR -> "Supervisor";
            case OPS_MANAGER -> "Operations manager";
            case FINANCE -> "Finance";
            case RISK -> "Risk team";
            case MERCHANT -> "Merchant";
            case WAREHOUSE -> "Warehouse";
            case SYSTEM -> "The system";
            case UNKNOWN -> "Someone";
        };
    }

    /** {@code ": reason"} when there is a reason worth showing, else nothing. */
    static String suffix(String text) {
        return text == null || text.isBlank() ? "" : ": " + text.strip();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
