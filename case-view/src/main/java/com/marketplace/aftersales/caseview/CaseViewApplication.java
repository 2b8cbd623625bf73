package com.marketplace.aftersales.caseview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The read side: each case's status, handler, expected completion and timeline for the app, queues for staff, merchants and warehouses, live updates, and notification requests. */
@SpringBootApplication
@EnableConfigurationProperties(CaseViewProperties.class)
public class CaseViewApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseViewApplication.class, args);
    }
}
