/** The monitor's Kafka Streams topology and configuration: plain classes, driven by tests as they run in production. */
package com.marketplace.aftersales.slamonitor.topology;
