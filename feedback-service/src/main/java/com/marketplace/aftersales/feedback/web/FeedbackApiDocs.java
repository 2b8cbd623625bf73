package com.marketplace.aftersales.feedback.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's part of the suite's API description. The platform adds the bearer scheme, the problem schema and
 * the error responses every operation shares; this adds the service's own title and description, and keeps the
 * shared 401 and 403 off the operations that need no token (they cannot answer either).
 */
@Configuration(proxyBeanMethods = false)
class FeedbackApiDocs {

    @Bean
    OpenAPI feedbackApi() {
        return new OpenAPI().info(new Info()
                .title("feedback-service")
                .version("v1")
                .description("The last stage of an after-sales case: the customer's rating (which closes the case),"
                        + " the follow-up of negative reviews, complaints, and the monthly after-sales figures with"
                        + " their public copy. Served through the gateway.")
                .contact(new Contact().name("After-sales platform team")))
                .addTagsItem(new Tag().name("Ratings")
                        .description("The customer rates a resolved case, which closes it"))
                .addTagsItem(new Tag().name("Complaints").description("Complaints about the handling of a case"))
                .addTagsItem(new Tag().name("Reports")
                        .description("The monthly after-sales figures (domain §6) and their public copy"));
    }

    @Bean
    OpenApiCustomizer publicOperationsAnswerNoAuthErrors() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getSecurity() != null && operation.getSecurity().isEmpty()
                        && operation.getResponses() != null) {
                    operation.getResponses().remove("401");
                    operation.getResponses().remove("403");
                }
            }));
        };
    }
}
