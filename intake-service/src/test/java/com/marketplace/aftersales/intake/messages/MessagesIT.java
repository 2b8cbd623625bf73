package com.marketplace.aftersales.intake.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class MessagesIT extends IntakeIntegrationTest {

    @Test
    void theCustomerAndStaffTalkInsideTheCase() {
        String customer = newCustomer();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));

            EntityExchangeResult<String> question = post("/api/v1/cases/" + caseId + "/messages",
                    TestTokens.customer(customer), "{\"text\": \"When will you pick it up?\"}");
            EntityExchangeResult<String> answer = post("/api/v1/agent/cases/" + caseId + "/messages",
                    TestTokens.staff("finance-7", "FINANCE"), "{\"text\": \"The refund goes out today.\"}");

            assertThat(question.getStatus().value()).as(question.getResponseBody()).isEqualTo(201);
            assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(201);
            List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, 3);
            MessagePosted fromCustomer = (MessagePosted) events.get(1).data();
            MessagePosted fromStaff = (MessagePosted) events.get(2).data();
            assertThat(fromCustomer.messageId().toString()).isEqualTo(json(question).get("messageId").asString());
            assertThat(fromCustomer.text()).isEqualTo("When will you pick it up?");
            assertThat(fromCustomer.actor().role()).isEqualTo(ActorRole.CUSTOMER);
            assertThat(fromStaff.messageId().toString()).isEqualTo(json(answer).get("messageId").asString());
            assertThat(fromStaff.actor().id()).isEqualTo("finance-7");
            assertThat(fromStaff.actor().role()).isEqualTo(ActorRole.FINANCE);
            assertThat(fromStaff.actor().channel()).isEqualTo(Channel.STAFF_CONSOLE);
            assertThat(count("select count(*) from case_message where case_id = :p", caseId)).isEqualTo(2);
        }
    }

    @Test
    void merchantsAndCustomersCannotUseTheStaffEndpoint() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));

        assertProblem(post("/api/v1/agent/cases/" + caseId + "/messages",
                TestTokens.merchant("m-1", "merchant-" + customer), "{\"text\": \"hello\"}"), 403);
        assertProblem(post("/api/v1/agent/cases/" + caseId + "/messages", TestTokens.customer(customer),
                "{\"text\": \"hello\"}"), 403);
        assertProblem(post("/api/v1/cases/" + caseId + "/messages", TestTokens.customer(customer),
                "{\"text\": \"\"}"), 400);
        assertThat(count("select count(*) from case_message where case_id = :p", caseId)).isZero();
    }
}
