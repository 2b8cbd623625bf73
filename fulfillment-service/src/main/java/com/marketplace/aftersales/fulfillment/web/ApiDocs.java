package com.marketplace.aftersales.fulfillment.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fulfillment's part of the suite's OpenAPI document: its description and one tag per feature. The platform adds the
 * bearer scheme, the {@code Problem} schema and the errors every operation shares (400, 401, 403, 429, 500, 503); the
 * constants here describe the errors specific to fulfillment's commands, which each handler documents.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    public static final String PROBLEM = "#/components/schemas/Problem";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static final String TAG_RETURNS = "Fulfillment: returns";
    public static final String TAG_REFUNDS = "Fulfillment: refunds";
    public static final String TAG_REPLACEMENTS = "Fulfillment: replacements";
    public static final String TAG_REPAIRS = "Fulfillment: repairs";

    public static final String CASE_ID = "The case's id (a UUID); a malformed id is a 400";
    public static final String IDEMPOTENCY_KEY = "Optional; 1 to 255 visible ASCII characters, scoped to the caller."
            + " The same key with the same body returns the first result (header Idempotent-Replayed: true) without"
            + " repeating the effect; with a different body it is a 422. Keys live 24 hours.";

    public static final String NOT_FOUND = "No such case, or a case the caller may not act on (the same answer)";
    public static final String CONFLICT = "The case's state does not allow this step; currentStatus names"
            + " fulfillment's status of the case (and currentStage a repair's stage)";
    public static final String TOO_LARGE = "The request body is larger than the configured limit (16 KB by default)";
    public static final String UNSUPPORTED = "The request body is not application/json";
    public static final String UNPROCESSABLE = "An Idempotency-Key reused with a different body";

    @Bean
    OpenAPI fulfillmentApi() {
        return new OpenAPI()
                .info(new Info().title("fulfillment-service").version("v1")
                        .description("Execution of decided after-sales remedies: the return (shipment, receipt,"
                                + " inspection), refunds and compensation payouts, replacements shipped and tracked"
                                + " to delivery, and repairs. Served through the gateway under /api/v1.")
                        .contact(new Contact().name("After-sales platform team")))
                .tags(List.of(
                        new Tag().name(TAG_RETURNS).description("The customer ships the goods back, the warehouse"
                                + " confirms receipt, the merchant inspects them"),
                        new Tag().name(TAG_REFUNDS).description("Finance sends a refund or payout the payment provider"
                                + " refused on another route"),
                        new Tag().name(TAG_REPLACEMENTS).description("The merchant ships a replacement (exchange or"
                                + " reship); delivery is tracked with the carrier"),
                        new Tag().name(TAG_REPAIRS).description("The merchant moves a repair through its stages")));
    }
}
