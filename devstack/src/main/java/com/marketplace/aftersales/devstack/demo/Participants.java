package com.marketplace.aftersales.devstack.demo;

import java.util.List;

/**
 * The people of the walking skeleton, each with a token of the local issuer: the customer of the demo orders, an
 * agent, a user of the demo merchant and one of the warehouse its returns go to.
 */
record Participants(String customer, String agent, String merchant, String warehouse) {

    static final String AGENT = "agent-demo-1";
    static final String MERCHANT_USER = "merchant-user-1";
    static final String WAREHOUSE_USER = "warehouse-user-1";

    /** Who signs in, as {@code POST /dev/tokens} is asked, in the order the demo prints them. */
    record Identity(String subject, String role, String merchantId, String warehouseId) {

        @Override
        public String toString() {
            return subject + " (" + role + ")";
        }
    }

    static final Identity CUSTOMER_IDENTITY =
            new Identity(DemoOrders.CUSTOMER_1, "CUSTOMER", null, null);
    static final Identity AGENT_IDENTITY = new Identity(AGENT, "AGENT", null, null);
    static final Identity MERCHANT_IDENTITY = new Identity(MERCHANT_USER, "MERCHANT", DemoOrders.MERCHANT, null);
    static final Identity WAREHOUSE_IDENTITY = new Identity(WAREHOUSE_USER, "WAREHOUSE", null, DemoOrders.WAREHOUSE);
    static final List<Identity> ALL = List.of(CUSTOMER_IDENTITY, AGENT_IDENTITY, MERCHANT_IDENTITY, WAREHOUSE_IDENTITY);

    static Participants signIn(GatewayClient api) {
        return new Participants(token(api, CUSTOMER_IDENTITY), token(api, AGENT_IDENTITY),
                token(api, MERCHANT_IDENTITY), token(api, WAREHOUSE_IDENTITY));
    }

    private static String token(GatewayClient api, Identity identity) {
        return api.token(identity.subject(), List.of(identity.role()), identity.merchantId(), identity.warehouseId());
    }
}
