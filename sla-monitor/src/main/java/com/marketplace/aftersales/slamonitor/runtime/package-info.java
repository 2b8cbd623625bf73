/** Spring wiring: configuration in, a running Kafka Streams client, its metrics and its readiness out. */
package com.marketplace.aftersales.slamonitor.runtime;
