package com.marketplace.aftersales.fulfillment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Executes decided remedies: returns, receipt, inspection, refunds and payouts through the payment provider, replacements and repairs. */
@SpringBootApplication
@EnableConfigurationProperties(FulfillmentProperties.class)
public class FulfillmentApplication {

    public static void main(String[] args) {
        SpringApplication.run(FulfillmentApplication.class, args);
    }
}
