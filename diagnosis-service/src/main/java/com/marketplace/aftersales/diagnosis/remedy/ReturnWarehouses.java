package com.marketplace.aftersales.diagnosis.remedy;

import java.util.Map;

/**
 * Where each merchant's returned goods go ({@code aftersales.diagnosis.return-warehouses}: merchant id to warehouse
 * id), and the platform's warehouse for merchants without one ({@code aftersales.diagnosis.fallback-warehouse}).
 */
public record ReturnWarehouses(Map<String, String> byMerchant, String fallback) {

    public static final Map<String, String> DEFAULT_BY_MERCHANT = Map.of("merchant-demo-1", "warehouse-demo-1");
    public static final String DEFAULT_FALLBACK = "warehouse-platform-returns";

    public ReturnWarehouses {
        byMerchant = byMerchant == null ? DEFAULT_BY_MERCHANT : Map.copyOf(byMerchant);
        fallback = fallback == null || fallback.isBlank() ? DEFAULT_FALLBACK : fallback;
    }

    public String forMerchant(String merchantId) {
        return byMerchant.getOrDefault(merchantId, fallback);
    }
}
