package com.marketplace.aftersales.feedback;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Collects ratings, follows up negative reviews, handles complaints, closes and archives cases. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FeedbackApplication {

    public static void main(String[] args) {
        SpringApplication.run(FeedbackApplication.class, args);
    }
}
