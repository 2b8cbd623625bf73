package com.marketplace.aftersales.feedback.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.feedback.CaseEvents;
import com.marketplace.aftersales.feedback.FeedbackIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.json.JsonMapper;

class ComplaintIT extends FeedbackIntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void aCustomerComplainsAboutTheirOpenCaseAndTheComplaintIsPublished() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.submitted(caseId, customer));
        awaitCase(caseId, c -> c.customerId() != null);
        try (TopicProbe feedback = feedbackTopic()) {
            EntityExchangeResult<String> result = complain(caseId, customer,
                    "{\"text\":\"Nobody has looked at my case for three days\"}");

            assertThat(result.getStatus()).isEqualTo(HttpStatus.CREATED);
            UUID complaintId = UUID.fromString(json.readTree(result.getResponseBody()).get("complaintId").asString());
            List<CaseEvent> events = awaitEvents(feedback, caseId, 1);
            ComplaintFiled filed = (ComplaintFiled) events.get(0);
            assertThat(filed.complaintId()).isEqualTo(complaintId);
            assertThat(filed.text()).isEqualTo("Nobody has looked at my case for three days");
            assertThat(filed.actor().id()).isEqualTo(customer);
            assertThat(filed.actor().role()).isEqualTo(ActorRole.CUSTOMER);
            assertThat(storedComplaints(caseId)).containsExactly(complaintId);
        }
    }

    @Test
    void anotherCustomersCaseIsNotFound() {
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.submitted(caseId, "customer-" + UUID.randomUUID()));
        awaitCase(caseId, c -> c.customerId() != null);

        EntityExchangeResult<String> result = complain(caseId, "customer-" + UUID.randomUUID(),
                "{\"text\":\"let me in\"}");

        assertThat(result.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedComplaints(caseId)).isEmpty();
    }

    @Test
    void aComplaintNeedsTextOfAtMostTwoThousandCharacters() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.submitted(caseId, customer));
        awaitCase(caseId, c -> c.customerId() != null);

        for (String body : List.of("{\"text\":\"\"}", "{\"text\":\"   \"}", "{}",
                "{\"text\":\"" + "x".repeat(2001) + "\"}")) {
            EntityExchangeResult<String> result = complain(caseId, customer, body);
            assertThat(result.getStatus()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result.getResponseBody()).as(body).contains("\"field\":\"text\"");
        }
        assertThat(complain(caseId, customer, "{\"text\":\"" + "x".repeat(2000) + "\"}").getStatus())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(storedComplaints(caseId)).hasSize(1);
    }

    private EntityExchangeResult<String> complain(UUID caseId, String customer, String body) {
        return post("/api/v1/cases/" + caseId + "/complaints", TestTokens.customer(customer), null, body);
    }

    private List<UUID> storedComplaints(UUID caseId) {
        return db.sql("select complaint_id from complaint where case_id = :caseId")
                .bind("caseId", caseId)
                .map(row -> row.get("complaint_id", UUID.class))
                .all().collectList().block();
    }
}
