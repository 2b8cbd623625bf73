package com.marketplace.aftersales.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small service built on the platform, standing in for diagnosis-service: it consumes intake's {@code CaseSubmitted}
 * and its own {@code HandlerAssigned} (to observe its relay from a consumer's side), and publishes diagnosis events.
 */
@SpringBootApplication
public class PlatformTestApplication {
}
