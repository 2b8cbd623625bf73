package com.marketplace.aftersales.caseview.projection;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.List;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Registers one {@link ProjectingHandler} bean per event type of the lifecycle topics, straight from the catalogue:
 * a type added to a topic is projected (with a generic timeline line) without a change here. The platform subscribes
 * the service's one consumer group to exactly these topics.
 * <p>
 * With {@code aftersales.caseview.projection.enabled=false} no handler is registered, so the instance has no consumer
 * at all: it serves the API and the live streams from the database that the consuming instances keep.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProjectionHandlers.Registrar.class)
class ProjectionHandlers {

    /** Everything the app shows comes from these; {@code notifications.v1} is case-view's own output. */
    static final List<TopicSpec> PROJECTED_TOPICS = List.of(Topics.INTAKE, Topics.DIAGNOSIS, Topics.FULFILLMENT,
            Topics.FEEDBACK, Topics.SLA);

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment environment) {
            if (!environment.getProperty(CaseViewProperties.Projection.ENABLED_KEY, Boolean.class, true)) {
                return;
            }
            for (TopicSpec topic : PROJECTED_TOPICS) {
                for (Class<? extends CaseEvent> type : topic.eventTypes()) {
                    registerHandler(registry, type);
                }
            }
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static <E extends CaseEvent> void registerHandler(BeanRegistry registry, Class<E> type) {
            registry.registerBean("project" + type.getSimpleName(), ProjectingHandler.class,
                    spec -> spec.supplier(context -> new ProjectingHandler<>(type, context.bean(CaseProjector.class))));
        }
    }
}
