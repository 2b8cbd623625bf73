package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.intake.IntakeProperties;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Intake's part of the suite's OpenAPI document ({@code /v3/api-docs}, merged by the gateway): its description, one
 * tag per feature, the endpoint-specific error responses the handlers reference ({@link ApiDocs}), the parameters
 * several endpoints share, and the accepted values of enum fields. The operations themselves are described on the
 * handlers; the bearer scheme, the {@code Problem} schema and the common errors are the platform's.
 */
@Configuration(proxyBeanMethods = false)
class IntakeApiDocumentation {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://aftersales.example/problems/";

    @Bean
    OpenAPI intakeApi(IntakeProperties properties, RequestBodyLimit bodyLimit) {
        Components components = new Components();
        problemResponses(properties, bodyLimit).forEach((name, response) -> components.addResponses(
                ApiDocs.PREFIX + name, response));
        return new OpenAPI()
                .info(new Info().title("intake-service").version("v1").description("""
                        Registers after-sales requests: a customer files a request against one line of their order \
                        (checked against intake's replica of the orders team's data), adds photos and videos as \
                        evidence, answers an agent's request for more information, talks with staff inside the \
                        case and may withdraw it until goods or money have moved. Agents review new requests. \
                        Another customer's case answers 404, exactly like a case that does not exist. Every command \
                        accepts an Idempotency-Key. What the app shows about a case afterwards (status, timeline) \
                        is case-view's.""")
                        .contact(new Contact().name("After-sales platform team")))
                .tags(List.of(
                        new Tag().name(ApiDocs.TAG_SUBMISSION).description("A customer files an after-sales request"),
                        new Tag().name(ApiDocs.TAG_EVIDENCE).description("Photos and videos of a case: upload (the"
                                + " customer) and download (the customer, staff)"),
                        new Tag().name(ApiDocs.TAG_REVIEW).description("An agent's review, and the customer's answer"
                                + " when it asks for more information"),
                        new Tag().name(ApiDocs.TAG_MESSAGES).description("The conversation inside a case between the"
                                + " customer and staff"),
                        new Tag().name(ApiDocs.TAG_WITHDRAWAL).description("The customer withdraws a request")))
                .components(components);
    }

    /**
     * Parameters described once by name: ids are UUIDs (anything else is a 400 naming the parameter); the
     * {@code Idempotency-Key} as the platform checks it. The handlers take ids as text and parse them strictly
     * ({@link PathIds}), which is why their schemas are set here rather than inferred.
     */
    @Bean
    OperationCustomizer intakeSharedParameters() {
        Map<String, Parameter> byName = Map.of(
                "caseId", new Parameter().description("The case's id (a UUID; anything else is 400)")
                        .schema(new StringSchema().format("uuid")).example(ApiDocs.EXAMPLE_CASE_ID),
                "evidenceId", new Parameter().description("The file's id, as its upload answered (a UUID; anything"
                                + " else is 400)")
                        .schema(new StringSchema().format("uuid")).example(ApiDocs.EXAMPLE_EVIDENCE_ID),
                IdempotentRequests.HEADER, new Parameter().description("""
                        Makes the command safe to repeat: the first request with a key is carried out and its answer \
                        stored (24 h, per caller); a repeat with the same key and body gets that answer again \
                        (header Idempotent-Replayed: true) without a second effect; the same key with a different \
                        body is 422. A fresh UUID per user action is a good key.""")
                        .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
                        .example("6f1d2c0e-0b7a-4d3e-9f2a-1c5b8e7d4a90"));
        return (operation, handler) -> {
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    Parameter shared = byName.get(parameter.getName());
                    if (shared != null) {
                        parameter.description(shared.getDescription()).schema(shared.getSchema())
                                .example(shared.getExample());
                    }
                }
            }
            return operation;
        };
    }

    /**
     * A request field marked {@link AllowedValues} is documented with exactly those values: the shared enums hold
     * values a client may not send ({@code UNKNOWN}, staff channels), which the inferred schema would list.
     */
    @Bean
    PropertyCustomizer allowedValuesAsEnum() {
        return (property, type) -> {
            if (type.getCtxAnnotations() != null) {
                for (var annotation : type.getCtxAnnotations()) {
                    if (annotation instanceof AllowedValues allowed && property != null) {
                        @SuppressWarnings("unchecked")
                        Schema<Object> schema = (Schema<Object>) property;
                        schema.setEnum(List.<Object>of((Object[]) allowed.value()));
                    }
                }
            }
            return property;
        };
    }

    /** The endpoint-specific errors, by name (without the prefix), each with examples of what intake answers. */
    private static Map<String, ApiResponse> problemResponses(IntakeProperties properties,
                                                             RequestBodyLimit bodyLimit) {
        IntakeProperties.Evidence evidence = properties.evidence();
        long imageLimit = evidence.maxImageSize().toBytes();
        long videoLimit = evidence.maxVideoSize().toBytes();
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put("CaseNotFound", problem("""
                No such case, or not the caller's: both are answered alike, so nobody learns that another \
                customer's case exists.""",
                example("notFound", "The case does not exist or is not the caller's",
                        body(404, "Not found", "Case " + ApiDocs.EXAMPLE_CASE_ID + " does not exist or is not yours"))));
        responses.put("EvidenceNotFound", problem("""
                No such case or file, or the case is not the caller's (a customer sees only files of their own \
                cases).""",
                example("notFound", "The file does not exist or is not the caller's",
                        body(404, "Not found", "Evidence " + ApiDocs.EXAMPLE_EVIDENCE_ID
                                + " does not exist or is not yours"))));
        responses.put("StatusConflict", problem("""
                The case's status does not allow the action (currentStatus names it), or the case changed while \
                the request was handled (reload it and try again).""",
                example("status", "The case's status does not allow the action",
                        body(409, "Conflict", "Only a SUBMITTED case can be reviewed; this one is APPROVED",
                                "currentStatus", "APPROVED")),
                example("concurrentChange", "The case changed meanwhile",
                        body(409, "Conflict", "The case changed while your request was handled; reload it and try"
                                + " again"))));
        responses.put("OpenCaseConflict", problem("""
                The order line already has an open case (openCaseId, openServiceNo, and its currentStatus): one \
                open case per order line.""",
                example("openCase", "The line has an open case",
                        body(409, "Conflict", "This order line already has an open case; follow it up there",
                                "openCaseId", ApiDocs.EXAMPLE_CASE_ID, "openServiceNo", ApiDocs.EXAMPLE_SERVICE_NO,
                                "currentStatus", "SUBMITTED"))));
        responses.put("WithdrawalConflict", problem("""
                The case can no longer be withdrawn: it has ended (currentStatus is intake's status), or goods or \
                money have moved (movedBy names what moved, when intake knows it; otherwise fulfillment refused \
                and currentStatus is fulfillment's stage of the case). Nothing was changed.""",
                example("ended", "The case has ended",
                        body(409, "Conflict", "A NOT_APPLICABLE case cannot be withdrawn",
                                "currentStatus", "NOT_APPLICABLE")),
                example("moved", "Intake knows goods have moved",
                        body(409, "Conflict", "The case can no longer be withdrawn: goods or money have moved"
                                + " (ReturnShipped)", "currentStatus", "APPROVED", "movedBy", "ReturnShipped")),
                example("refusedByFulfillment", "Fulfillment says goods have moved",
                        body(409, "Conflict", "The case can no longer be withdrawn: goods or money have moved (the"
                                + " case is RETURN_IN_TRANSIT)", "currentStatus", "RETURN_IN_TRANSIT"))));
        responses.put("BodyTooLarge", problem("The JSON body is larger than " + bodyLimit.bytes()
                        + " bytes; nothing was read further and nothing was changed.",
                example("tooLarge", "A body over the limit",
                        body(413, "Content too large", "The request body may be at most " + bodyLimit.bytes()
                                + " bytes", "limitBytes", bodyLimit.bytes()))));
        responses.put("FileTooLarge", problem("The file is larger than its type allows (JPEG, PNG, WebP up to "
                        + imageLimit + " bytes; MP4 up to " + videoLimit + " bytes; limitBytes says which applied),"
                        + " or the request announces more than any file may have. Refused as soon as the limit is"
                        + " passed; nothing was stored.",
                example("tooLarge", "A photo over the image limit",
                        body(413, "Content too large", "A image/jpeg file may be at most " + imageLimit + " bytes",
                                "limitBytes", imageLimit))));
        responses.put("NotJson", problem("The body is not application/json.",
                example("notJson", "A body of another type",
                        body(415, "Unsupported media type", "The body must be application/json"))));
        responses.put("FileTypeRefused", problem("""
                The file's declared type is not image/jpeg, image/png, image/webp or video/mp4, or its content is \
                not of the declared type (checked by its first bytes); or the request is not multipart/form-data. \
                Nothing was stored.""",
                example("mismatch", "The content is not what was declared",
                        body(415, "Unsupported media type", "The file was declared image/jpeg but its content is"
                                + " image/png")),
                example("notAccepted", "A type intake does not take",
                        body(415, "Unsupported media type", "The file's declared type application/pdf is not"
                                + " accepted; send one of image/jpeg, image/png, image/webp, video/mp4"))));
        responses.put("KeyReused", problem("The Idempotency-Key was already used by this caller for a different"
                        + " request; nothing was changed.",
                keyReusedExample()));
        responses.put("SubmissionRefused", problem("""
                A well-formed request a business rule refuses, naming the field: the order is not in the replica \
                or not the caller's (orderId, answered alike), the line does not exist (orderLineId), the amount \
                is in another currency (requestedAmount.currency) or above what was paid for the line \
                (requestedAmount.amount). Or the Idempotency-Key was used for a different request.""",
                example("orderUnknown", "No such order for this customer",
                        fieldProblem("orderId", "no such order for you")),
                example("amountAbovePaid", "More than was paid for the line",
                        fieldProblem("requestedAmount.amount", "must not exceed what was paid for the line, 129.00")),
                keyReusedExample()));
        responses.put("TooManyFiles", problem("The case already holds " + evidence.maxPerCase()
                        + " files, the most it may; or the Idempotency-Key was used for a different request.",
                example("tooMany", "The case is full",
                        fieldProblem("file", "a case holds at most " + evidence.maxPerCase() + " pieces of evidence")),
                keyReusedExample()));
        responses.put("UploadsBusy", retryLater("""
                All upload slots of the instance are taken (each upload in progress holds memory), or the database \
                is busy. Nothing was read or stored; repeat the upload after Retry-After seconds.""",
                example("busy", "Every upload slot is taken",
                        body(503, "Service unavailable", "Too many uploads are in progress; try again in "
                                + evidence.busyRetryAfter().toSeconds() + " s"))));
        responses.put("FulfillmentUnavailable", retryLater("""
                Fulfillment, which must confirm that nothing has moved, cannot answer now (down, too slow, or its \
                circuit is open), or the database is busy. Nothing was changed and the Idempotency-Key was not \
                used: repeat the same request after Retry-After seconds.""",
                example("unavailable", "Fulfillment cannot confirm now",
                        body(503, "Service unavailable", "The withdrawal cannot be confirmed right now; nothing was"
                                + " changed. Try again in " + properties.fulfillment().retryAfter().toSeconds()
                                + " s."))));
        responses.put("FulfillmentDisagrees", problem("""
                Fulfillment gave an answer intake does not expect (intake and fulfillment disagree about the case). \
                Nothing was changed; retrying will not help, customer service will.""",
                example("disagreement", "The services disagree about the case",
                        body(502, "Bad gateway", "The withdrawal could not be confirmed; nothing was changed. Please"
                                + " contact customer service."))));
        return responses;
    }

    @SafeVarargs
    private static ApiResponse problem(String description, Map.Entry<String, Example>... examples) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(PROBLEM));
        for (Map.Entry<String, Example> example : examples) {
            media.addExamples(example.getKey(), example.getValue());
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    @SafeVarargs
    private static ApiResponse retryLater(String description, Map.Entry<String, Example>... examples) {
        return problem(description, examples).addHeaderObject("Retry-After", new Header()
                .description("Seconds to wait before repeating the request")
                .schema(new IntegerSchema().minimum(BigDecimal.ONE)));
    }

    private static Map.Entry<String, Example> example(String name, String summary, Map<String, Object> value) {
        return Map.entry(name, new Example().summary(summary).value(value));
    }

    private static Map.Entry<String, Example> keyReusedExample() {
        return example("keyReused", "The Idempotency-Key was used for another request",
                body(422, "Unprocessable request", "Idempotency-Key '6f1d2c0e-0b7a-4d3e-9f2a-1c5b8e7d4a90' was"
                        + " already used for a different request"));
    }

    /** A problem as the platform renders it: type, title, status, detail, then the problem's own properties. */
    private static Map<String, Object> body(int status, String title, String detail, Object... properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", PROBLEMS + title.toLowerCase().replace(' ', '-'));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        for (int i = 0; i < properties.length; i += 2) {
            body.put((String) properties[i], properties[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> fieldProblem(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return body(422, "Unprocessable request", message, "errors", List.of(error));
    }
}
