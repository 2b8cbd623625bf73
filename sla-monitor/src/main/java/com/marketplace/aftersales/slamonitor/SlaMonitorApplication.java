package com.marketplace.aftersales.slamonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SlaMonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(SlaMonitorApplication.class, args);
    }
}
