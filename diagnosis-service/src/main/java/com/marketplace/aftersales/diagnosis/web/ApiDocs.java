package com.marketplace.aftersales.diagnosis.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's part of the suite's OpenAPI document: its description and one tag per feature. The platform adds the
 * bearer scheme, the {@code Problem} schema and the errors every operation shares; the constants here are for the
 * endpoint-specific errors the handlers document.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    public static final String PROBLEM = "#/components/schemas/Problem";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static final String TAG_MERCHANT = "Diagnosis: merchant verification";
    public static final String TAG_OVERRIDE = "Diagnosis: agent override";
    public static final String TAG_COMPENSATION = "Diagnosis: compensation approval";
    public static final String TAG_DISPUTE = "Diagnosis: dispute arbitration";
    public static final String TAG_RISK = "Diagnosis: risk review";

    public static final String CASE_ID = "The case's id (a UUID); a malformed id is a 400";
    public static final String IDEMPOTENCY_KEY = "Optional; 1 to 255 visible ASCII characters, scoped to the caller."
            + " The same key with the same body returns the first result (header Idempotent-Replayed: true) without"
            + " repeating the effect; with a different body it is a 422. Keys live 24 hours.";

    public static final String NOT_FOUND = "No such case, or a case the caller may not act on (the same answer)";
    public static final String CONFLICT = "The case's stage does not allow this; currentStatus names diagnosis' stage"
            + " (e.g. REMEDY_DECIDED, CLOSED)";
    public static final String TOO_LARGE = "The request body is larger than the configured limit (16 KB by default)";
    public static final String UNSUPPORTED = "The request body is not application/json";
    public static final String UNPROCESSABLE = "An amount the rules refuse (the problem names the field), or an"
            + " Idempotency-Key reused with a different body";

    @Bean
    OpenAPI diagnosisApi() {
        return new OpenAPI()
                .info(new Info().title("diagnosis-service").version("v1")
                        .description("Diagnosis of after-sales cases: the merchant's verification, agents' overrides"
                                + " of the classification and remedy, compensation approval, dispute arbitration and"
                                + " the risk team's review. Served through the gateway under /api/v1.")
                        .contact(new Contact().name("After-sales platform team")))
                .tags(List.of(
                        new Tag().name(TAG_MERCHANT).description("The merchant verifies quality and"
                                + " not-as-described claims: accept, or reject into a dispute"),
                        new Tag().name(TAG_OVERRIDE).description("An agent replaces the classification and remedy"
                                + " while the remedy is open"),
                        new Tag().name(TAG_COMPENSATION).description("Supervisors approve compensation above the"
                                + " agent's limit"),
                        new Tag().name(TAG_DISPUTE).description("The platform arbitrates between customer and"
                                + " merchant"),
                        new Tag().name(TAG_RISK).description("The risk team reviews cases flagged as suspicious")));
    }
}
