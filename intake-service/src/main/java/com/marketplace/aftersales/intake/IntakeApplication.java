package com.marketplace.aftersales.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Registers after-sales requests: the order replica, eligibility, evidence, review, the information loop, messages and withdrawal. */
@SpringBootApplication
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }
}
