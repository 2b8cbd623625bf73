package com.marketplace.aftersales.gateway.apidocs;

import com.marketplace.aftersales.gateway.bodylimit.BodyLimitProperties;
import com.marketplace.aftersales.gateway.ratelimit.RateLimitProperties;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code info} of the suite's API: what a mobile developer needs before the first call (authentication, errors,
 * idempotency, concurrency, rate limits, sizes, live updates), with the limits as this gateway is configured, and
 * which parts are missing when a service could not be asked.
 */
class SuiteDescription {

    static final String TITLE = "After-sales API";

    private final ApiDocsProperties properties;
    private final RateLimitProperties rateLimits;
    private final BodyLimitProperties bodyLimits;

    SuiteDescription(ApiDocsProperties properties, RateLimitProperties rateLimits, BodyLimitProperties bodyLimits) {
        this.properties = properties;
        this.rateLimits = rateLimits;
        this.bodyLimits = bodyLimits;
    }

    ObjectNode info(List<ServiceDocument.Missing> missing) {
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("title", TITLE);
        info.put("version", properties.version());
        info.put("description", missingNote(missing) + guide());
        info.putObject("contact").put("name", "After-sales platform team");
        return info;
    }

    private static String missingNote(List<ServiceDocument.Missing> missing) {
        if (missing.isEmpty()) {
            return "";
        }
        String parts = missing.stream().map(part -> part.service() + " (" + part.reason() + ")")
                .collect(Collectors.joining(", "));
        return "> **Incomplete:** the operations of " + parts + " are missing from this document right now (listed in"
                + " `x-aftersales-missing`); the gateway asks again within seconds.\n\n";
    }

    private String guide() {
        RateLimitProperties.Limit customers = rateLimits.principal().roles()
                .getOrDefault("CUSTOMER", rateLimits.principal().defaultLimit());
        double others = rateLimits.principal().roles().entrySet().stream()
                .filter(role -> !role.getKey().equals("CUSTOMER"))
                .map(Map.Entry::getValue).mapToDouble(RateLimitProperties.Limit::perSecond).max()
                .orElse(customers.perSecond());
        RateLimitProperties.Limit address = rateLimits.address();
        return """
                The after-sales API of the marketplace: one entry for the apps of customers, staff, merchants and \
                warehouses. Every path is served through this gateway; this document merges the descriptions of the \
                services behind it.

                ## Authentication
                Send `Authorization: Bearer <JWT>` on every call except the public report. A token carries `sub`, \
                `roles`, and `merchant_id` (merchants) or `warehouse_id` (warehouses). A missing, expired or foreign \
                token is `401`; a role outside an area of the API is `403`; another's case, order or return is `404`, \
                never `403`, so nobody learns what exists.

                ## Errors
                Every error is `application/problem+json` (RFC 9457) with `type`, `title`, `status` and `detail`; \
                invalid input adds `errors: [{field, message}]` (unknown fields are refused too), a refused action \
                `currentStatus`. No error carries internals.

                ## Idempotency
                Send an `Idempotency-Key` (a UUID) with every POST. The same key with the same body returns the first \
                result without repeating the effect, so a command is safe to repeat after a timeout, a `503` or a \
                lost connection; the same key with another body is `422`. Keys belong to the caller and live 24 hours.

                ## Concurrency
                `GET /api/v1/cases/{caseId}` returns an `ETag`. Send it as `If-Match` with a POST about that case to \
                act only on what the user saw: if the case changed in between, the answer is `412` with the current \
                `ETag`, and nothing happened; read the case again. An action the case's state does not allow is `409` \
                with `currentStatus`, with or without `If-Match`.

                ## Rate limits
                Per account: customers %s requests/s (bursts of %d), staff, merchants and warehouses up to %s. Per \
                network address, before authentication: %s requests/s (bursts of %d). Over a limit: `429` with \
                `Retry-After` in seconds.

                ## Sizes
                Request bodies up to %s; evidence uploads (multipart) up to %s in all, each file within the limit for \
                its type. Larger: `413`.

                ## Live updates
                `GET /api/v1/cases/{caseId}/stream` (server-sent events) pushes each new timeline entry as it happens, \
                with heartbeat comments in between. After a disconnect, reconnect with `Last-Event-ID` to receive what \
                was missed.

                ## Availability
                A service that is down answers `503` with `Retry-After`; one too slow, `504` (a command may or may not \
                have been applied: repeat it with the same `Idempotency-Key`).
                """.formatted(number(customers.perSecond()), customers.burst(), number(others),
                number(address.perSecond()), address.burst(), size(bodyLimits.defaultMax()),
                size(bodyLimits.uploadMax()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String size(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }
}
