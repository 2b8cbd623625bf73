package com.marketplace.aftersales.platform.security;

/** The roles of contracts §1, as they appear in the token's {@code roles} claim. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String AGENT = "AGENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String OPS_MANAGER = "OPS_MANAGER";
    public static final String FINANCE = "FINANCE";
    public static final String RISK = "RISK";
    public static final String MERCHANT = "MERCHANT";
    public static final String WAREHOUSE = "WAREHOUSE";

    private Roles() {
    }
}
