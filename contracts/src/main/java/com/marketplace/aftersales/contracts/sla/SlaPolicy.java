package com.marketplace.aftersales.contracts.sla;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The deadline policies of the domain rules (§5). On the wire each is its kebab-case id, e.g. {@code first-response}. */
public enum SlaPolicy {
    @JsonProperty("first-response") FIRST_RESPONSE("first-response"),
    @JsonProperty("review-feedback") REVIEW_FEEDBACK("review-feedback"),
    @JsonProperty("quality-plan") QUALITY_PLAN("quality-plan"),
    @JsonProperty("logistics-solved") LOGISTICS_SOLVED("logistics-solved"),
    @JsonProperty("merchant-response") MERCHANT_RESPONSE("merchant-response"),
    @JsonProperty("customer-ships-return") CUSTOMER_SHIPS_RETURN("customer-ships-return"),
    @JsonProperty("merchant-confirms-receipt") MERCHANT_CONFIRMS_RECEIPT("merchant-confirms-receipt"),
    @JsonProperty("inspection") INSPECTION("inspection"),
    @JsonProperty("refund-paid") REFUND_PAID("refund-paid"),
    @JsonProperty("repair") REPAIR("repair"),
    @JsonProperty("reship") RESHIP("reship"),
    @JsonProperty("compensation-paid") COMPENSATION_PAID("compensation-paid"),
    @JsonProperty("negative-review-follow-up") NEGATIVE_REVIEW_FOLLOW_UP("negative-review-follow-up"),
    @JsonProperty("unresolved") UNRESOLVED("unresolved"),
    @JsonProperty("complaint") COMPLAINT("complaint"),
    @JsonEnumDefaultValue UNKNOWN("unknown");

    private final String id;

    SlaPolicy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
