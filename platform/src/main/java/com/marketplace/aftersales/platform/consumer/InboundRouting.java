package com.marketplace.aftersales.platform.consumer;

import com.marketplace.aftersales.contracts.EventTypes;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Which processor takes the records of each topic this service reads. Built from the handler beans. */
public class InboundRouting {

    private final Map<String, Consumer<ConsumerRecord<String, byte[]>>> byTopic;

    private InboundRouting(Map<String, Consumer<ConsumerRecord<String, byte[]>>> byTopic) {
        this.byTopic = byTopic;
    }

    static InboundRouting of(List<CaseEventHandler<?>> handlers, List<TopicRecordProcessor> processors,
                             java.util.function.Function<Map<Class<? extends CaseEvent>, List<CaseEventHandler<?>>>,
                                     CaseEventDispatcher> dispatcherFactory) {
        Map<Class<? extends CaseEvent>, List<CaseEventHandler<?>>> byType = new LinkedHashMap<>();
        for (CaseEventHandler<?> handler : handlers) {
            byType.computeIfAbsent(handler.eventType(), t -> new ArrayList<>()).add(handler);
        }
        Map<String, Consumer<ConsumerRecord<String, byte[]>>> byTopic = new LinkedHashMap<>();
        CaseEventDispatcher dispatcher = dispatcherFactory.apply(byType);
        for (Class<? extends CaseEvent> type : byType.keySet()) {
            byTopic.put(EventTypes.of(type).topic().name(), dispatcher::process);
        }
        for (TopicRecordProcessor processor : processors) {
            if (byTopic.put(processor.topic(), processor::process) != null) {
                throw new IllegalStateException("Two processors claim " + processor.topic());
            }
        }
        return new InboundRouting(byTopic);
    }

    public Set<String> topics() {
        return byTopic.keySet();
    }

    public boolean isEmpty() {
        return byTopic.isEmpty();
    }

    /** Processes a record as if it had arrived on {@code topic} (a dead-letter replay passes the original topic). */
    public void process(String topic, ConsumerRecord<String, byte[]> record) {
        Consumer<ConsumerRecord<String, byte[]>> processor = byTopic.get(topic);
        if (processor == null) {
            throw new NonRetryableRecordException("This service does not read " + topic);
        }
        processor.accept(record);
    }
}
