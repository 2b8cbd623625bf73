package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of case-view's endpoints ({@code /v3/api-docs}), which the gateway merges. The bearer scheme,
 * the {@code Problem} schema and the errors every endpoint can give come from the platform; the operations are
 * described on the handlers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String CASES = "Cases";
    static final String LIVE = "Live updates";
    static final String AGENT_WORK = "Agent work";
    static final String PARTNER_WORK = "Merchant and warehouse work";
    static final String SLA = "SLA";

    static final String PROBLEM = "#/components/schemas/Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI caseViewApi() {
        return new OpenAPI()
                .info(new Info().title("case-view").version("v1").description("""
                        The read side of the after-sales suite: cases as the app shows them (status, handler, \
                        expected completion, timeline), live timeline streams (server-sent events), work lists for \
                        agents, merchants and warehouses, and the SLA at-risk list. Another party's case answers 404, \
                        exactly like a case that does not exist.""")
                        .contact(new Contact().name("After-sales platform team")))
                .tags(List.of(
                        new Tag().name(CASES).description("A case as its customer, merchant, warehouse or staff see"
                                + " it"),
                        new Tag().name(LIVE).description("A case's timeline pushed as it happens (text/event-stream)"),
                        new Tag().name(AGENT_WORK).description("Agent queues and escalation acknowledgements"),
                        new Tag().name(PARTNER_WORK).description("The cases of a merchant's orders, returns coming to a"
                                + " warehouse"),
                        new Tag().name(SLA).description("Deadlines at risk, for supervisors and operations managers")));
    }

    /**
     * The parameters several endpoints share, described once by name: ids are UUIDs (400 when malformed), paging is
     * bounded (400 outside the bounds), {@code status} takes a {@link CaseStatus} — listed from the enum itself, so a
     * status added to the contracts is documented without a change here. The handlers take them as strings and parse
     * them strictly, which is why the schemas are set here rather than inferred.
     */
    @Bean
    OperationCustomizer sharedParameters(CaseViewProperties properties) {
        StringSchema statuses = new StringSchema();
        Arrays.stream(CaseStatus.values())
                .filter(status -> status != CaseStatus.UNKNOWN)
                .forEach(status -> statuses.addEnumItem(status.name()));
        CaseViewProperties.Paging paging = properties.paging();
        Map<String, Parameter> byName = Map.of(
                "caseId", new Parameter().description("The case's id (a UUID; anything else is 400)")
                        .schema(new StringSchema().format("uuid")).example(ApiExamples.CASE_ID),
                "escalationId", new Parameter().description("The escalation's id (a UUID; anything else is 400)")
                        .schema(new StringSchema().format("uuid")).example(ApiExamples.ESCALATION_ID),
                "page", new Parameter().description("The page, counted from 0")
                        .schema(new IntegerSchema().minimum(BigDecimal.ZERO)._default(0)).example(0),
                "size", new Parameter().description("Items per page")
                        .schema(new IntegerSchema().minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(paging.maxSize()))._default(paging.defaultSize()))
                        .example(paging.defaultSize()),
                "status", new Parameter().description("Only cases showing this status")
                        .schema(statuses).example(CaseStatus.SUBMITTED.name()));
        return (operation, handler) -> {
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    Parameter shared = byName.get(parameter.getName());
                    if (shared != null && !"header".equals(parameter.getIn())) {
                        parameter.description(shared.getDescription()).schema(shared.getSchema())
                                .example(shared.getExample());
                    }
                }
            }
            return operation;
        };
    }
}
