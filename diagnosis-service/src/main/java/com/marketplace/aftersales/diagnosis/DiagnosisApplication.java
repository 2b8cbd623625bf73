package com.marketplace.aftersales.diagnosis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Classifies problems, assigns handlers, asks merchants to verify, arbitrates disputes and decides the remedy. */
@SpringBootApplication
public class DiagnosisApplication {

    public static void main(String[] args) {
        SpringApplication.run(DiagnosisApplication.class, args);
    }
}
