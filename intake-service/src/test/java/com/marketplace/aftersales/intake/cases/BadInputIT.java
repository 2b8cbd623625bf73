package com.marketplace.aftersales.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Whatever a client sends, a bad request is a 400 problem naming what is wrong, never a 500, and writes nothing. */
class BadInputIT extends IntakeIntegrationTest {

    @Test
    void badRequestBodiesAreProblemsNamingTheFieldAndWriteNothing() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String ids = "\"orderId\": \"%s\", \"orderLineId\": \"%s\"".formatted(order.orderId(),
                order.lines().get(0).lineId());
        String valid = ", \"serviceType\": \"RETURN_REFUND\", \"description\": \"Broken\"";

        // body -> the field the problem must name (null: the body as a whole is unreadable)
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put("{" + ids + valid + ", \"priority\": \"URGENT\"}", "priority");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"1.00\", \"currency\": \"CNY\", \"x\": 1}}",
                "requestedAmount.x");
        corpus.put("{\"orderId\": 42, \"orderLineId\": \"l\"" + valid + "}", "orderId");
        corpus.put("{" + ids + ", \"serviceType\": 1, \"description\": \"Broken\"}", "serviceType");
        corpus.put("{" + ids + ", \"serviceType\": \"RETURN_REFUND\", \"description\": true}", "description");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": 129.00, \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": \"129.00\"}", "requestedAmount");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"-1.00\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"0.00\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"1.005\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"1e3\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"10.00\", \"currency\": \"cny\"}}",
                "requestedAmount.currency");
        corpus.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"10.00\"}}", "requestedAmount.currency");
        corpus.put("{\"orderId\": null, \"orderLineId\": \"l\"" + valid + "}", "orderId");
        corpus.put("{" + ids + ", \"serviceType\": null, \"description\": \"Broken\"}", "serviceType");
        corpus.put("{" + ids + ", \"serviceType\": \"RETURN_REFUND\", \"description\": null}", "description");
        corpus.put("{" + ids + ", \"serviceType\": \"RETURN_REFUND\"}", "description");
        corpus.put("{" + ids + ", \"serviceType\": \"RETURN_REFUND\", \"description\": \"   \"}", "description");
        corpus.put("{" + ids + ", \"serviceType\": \"RETURN_REFUND\", \"description\": \"" + "x".repeat(2001) + "\"}",
                "description");
        corpus.put("{" + ids + ", \"serviceType\": \"RETURN_REFUND\", \"description\": \"bell\\u0007\"}",
                "description");
        corpus.put("{\"orderId\": \"" + "o".repeat(65) + "\", \"orderLineId\": \"l\"" + valid + "}", "orderId");
        corpus.put("{\"orderId\": \"../../etc/passwd\", \"orderLineId\": \"l\"" + valid + "}", "orderId");
        corpus.put("{\"orderId\": \"o\", \"orderLineId\": \"l 1; drop table\"" + valid + "}", "orderLineId");
        corpus.put("{" + ids + ", \"serviceType\": \"BOGUS\", \"description\": \"Broken\"}", "serviceType");
        corpus.put("{" + ids + ", \"serviceType\": \"UNKNOWN\", \"description\": \"Broken\"}", "serviceType");
        corpus.put("{" + ids + valid + ", \"channel\": \"SYSTEM\"}", "channel");
        corpus.put("{" + ids + valid + ", \"channel\": \"STAFF_CONSOLE\"}", "channel");
        corpus.put("{" + ids + valid, null);
        corpus.put("[1, 2]", null);
        corpus.put("", null);
        corpus.put("{" + ids + valid + "} trailing", null);

        String token = TestTokens.customer(customer);
        SoftAssertions softly = new SoftAssertions();
        corpus.forEach((body, field) -> {
            EntityExchangeResult<String> result = post("/api/v1/cases", token, body);
            softly.assertThat(result.getStatus().value()).as(body).isEqualTo(400);
            softly.assertThat(result.getResponseHeaders().getContentType()).as(body)
                    .hasToString("application/problem+json");
            if (field != null && result.getStatus().value() == 400) {
                softly.assertThat(firstErrorField(result)).as(body).isEqualTo(field);
            }
        });
        softly.assertAll();
        assertThat(count("select count(*) from after_sales_case where customer_id = :p", customer)).isZero();
        assertThat(count("select count(*) from outbox_event where payload like :p", "%" + customer + "%")).isZero();
    }

    @Test
    void aHugeBodyIsRefusedWithoutHarm() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String body = "{\"orderId\": \"%s\", \"orderLineId\": \"%s\", \"serviceType\": \"RETURN_REFUND\", \"description\": \"%s\"}"
                .formatted(order.orderId(), order.lines().get(0).lineId(), "x".repeat(2_000_000));

        EntityExchangeResult<String> result = post("/api/v1/cases", TestTokens.customer(customer), body);

        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(413);
        assertThat(result.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(count("select count(*) from after_sales_case where customer_id = :p", customer)).isZero();
    }
}
