package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;

/** A fresh {@link ClockProcessor} per stream task; the stores are connected by the topology. */
public final class ClockProcessorSupplier
        implements ProcessorSupplier<String, EventEnvelope<CaseEvent>, String, EventEnvelope<CaseEvent>> {

    private final ClockRules rules;
    private final SlaMetrics metrics;
    private final ClockStores stores;
    private final TimerFiring firing;

    public ClockProcessorSupplier(ClockRules rules, SlaMetrics metrics, ClockStores stores, TimerFiring firing) {
        this.rules = rules;
        this.metrics = metrics;
        this.stores = stores;
        this.firing = firing;
    }

    @Override
    public Processor<String, EventEnvelope<CaseEvent>, String, EventEnvelope<CaseEvent>> get() {
        return new ClockProcessor(rules, metrics, stores, firing);
    }
}
