package com.marketplace.aftersales.slamonitor.topology;

import com.marketplace.aftersales.contracts.EventEnvelopeSerde;
import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.calendar.PolicyCalendar;
import com.marketplace.aftersales.slamonitor.clocks.ClockProcessorSupplier;
import com.marketplace.aftersales.slamonitor.clocks.ClockRules;
import com.marketplace.aftersales.slamonitor.clocks.ClockStores;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import com.marketplace.aftersales.slamonitor.clocks.TimerFiring;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The monitor as a Kafka Streams topology:
 * <pre>
 *   intake.v1 ─┐
 *   diagnosis.v1 ─┤                          ┌ case-clocks (caseId → clocks JSON)
 *   fulfillment.v1 ─┼─▶ lifecycle-events ─▶ deadline-clocks ─▶ sla-events ─▶ aftersales.sla.v1
 *   feedback.v1 ─┘                          └ timers (due|caseId|policy|sequence|kind)
 * </pre>
 * The inputs are co-partitioned by case id, so one task sees every event of its cases and owns their clocks; nothing
 * is repartitioned. A plain class: Spring only wires it, and the topology tests drive exactly what production runs.
 */
public final class SlaTopology {

    public static final List<String> INPUT_TOPICS = Stream.of(Topics.INTAKE, Topics.DIAGNOSIS, Topics.FULFILLMENT,
            Topics.FEEDBACK).map(TopicSpec::name).toList();
    public static final String OUTPUT_TOPIC = Topics.SLA.name();

    private final ClockStores stores;
    private final ClockProcessorSupplier clocks;
    private final String outputTopic;
    private final StoreType storeType;

    /**
     * @param outputTopic {@link #OUTPUT_TOPIC}; another only in a test that must not mix with a running monitor
     * @param storeType   {@link StoreType#ROCKSDB} but in topology tests
     */
    public SlaTopology(ClockRules rules, SlaMetrics metrics, TimerFiring firing, String outputTopic,
                       StoreType storeType) {
        this.stores = ClockStores.STANDARD;
        this.clocks = new ClockProcessorSupplier(rules, metrics, stores, firing);
        this.outputTopic = outputTopic;
        this.storeType = storeType;
    }

    /** @param businessDays the calendar of the business-day policies */
    public static SlaTopology of(SlaProperties properties, ClockPolicies policies, SlaMetrics metrics,
                                 PolicyCalendar businessDays) {
        return new SlaTopology(ClockRules.of(policies, properties, businessDays), metrics, TimerFiring.of(properties),
                OUTPUT_TOPIC, StoreType.ROCKSDB);
    }

    public void buildOn(StreamsBuilder builder) {
        EventEnvelopeSerde events = new EventEnvelopeSerde();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                storeType.supplier(stores.caseClocks()), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                storeType.supplier(stores.timers()), Serdes.String(), Serdes.String()));
        builder.stream(INPUT_TOPICS, Consumed.with(Serdes.String(), events).withName("lifecycle-events"))
                .process(clocks, Named.as("deadline-clocks"), stores.caseClocks(), stores.timers())
                .to(outputTopic, Produced.with(Serdes.String(), events).withName("sla-events"));
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        buildOn(builder);
        return builder.build();
    }
}
