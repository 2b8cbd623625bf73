/**
 * The platform every service of the suite stands on, wired by Spring Boot auto-configuration. Domain-free: services
 * bring handlers and state; the platform makes sure a state change and its events never part, a redelivered event is
 * applied once, a poison record is parked in the service's dead-letter topic, and every caller carries a valid token.
 */
package com.marketplace.aftersales.platform;
