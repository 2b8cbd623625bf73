package com.marketplace.aftersales.fulfillment.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The database, not the code, is what finally refuses paying out more than the customer paid for the line. */
class CaseMoneyIT extends FulfillmentIntegrationTest {

    @Autowired
    FulfillmentCases cases;

    @Autowired
    CaseMoney money;

    @Autowired
    RefundRequests refundRequests;

    @Autowired
    ReactiveTransactionManager transactionManager;

    @Test
    void theDatabaseRefusesCommittingMoreThanTheLinePaidOrLessThanNothing() {
        UUID caseId = openCase(UUID.randomUUID(), "0.00");

        assertThatThrownBy(() -> setCommitted(caseId, "129.01"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("case_money_committed_within_line_paid");
        assertThatThrownBy(() -> setCommitted(caseId, "-0.01"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("case_money_committed_within_line_paid");
        setCommitted(caseId, "129.00");
        assertThat(committed(caseId)).isEqualByComparingTo("129.00");
    }

    @Test
    void aRefundThatWouldExceedTheLinePaidIsRefusedWithNothingHalfWritten() {
        // 100.00 of the 129.00 paid is already committed (compensation, say): a refund of 129.00 cannot also fit.
        UUID caseId = openCase(UUID.randomUUID(), "100.00");
        FulfillmentCase opened = cases.find(caseId).block();
        TransactionalOperator transaction = TransactionalOperator.create(transactionManager);

        assertThatThrownBy(() -> refundRequests.requestRefund(opened, Actors.SYSTEM)
                .flatMap(cases::save)
                .as(transaction::transactional)
                .block())
                .isInstanceOf(MoneyLimitExceeded.class);

        assertThat(committed(caseId)).isEqualByComparingTo("100.00");
        assertThat(refunds(caseId)).isEmpty();
        assertThat(status(caseId)).contains("OPENED");
        assertThat(db.sql("select count(*) as n from outbox_event where message_key = :key")
                .bind("key", caseId.toString()).map((row, meta) -> row.get("n", Long.class)).one().block())
                .isZero();
    }

    @Test
    void aRefundThatFitsIsCommittedWithItsRowAndItsEvent() {
        UUID caseId = openCase(UUID.randomUUID(), "0.00");
        FulfillmentCase opened = cases.find(caseId).block();

        refundRequests.requestRefund(opened, Actors.SYSTEM)
                .flatMap(cases::save)
                .as(TransactionalOperator.create(transactionManager)::transactional)
                .block();

        assertThat(committed(caseId)).isEqualByComparingTo("129.00");
        assertThat(refunds(caseId)).singleElement()
                .satisfies(row -> assertThat(row.get("idempotency_key")).isEqualTo(refundKey(caseId)));
        awaitStatus(caseId, "REFUNDED");
    }

    /** A refund-only case, opened directly (not through Kafka), with some money already committed. */
    private UUID openCase(UUID caseId, String alreadyCommitted) {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.remedy(caseId, Remedy.REFUND_ONLY,
                Money.of("129.00", "CNY"), false, null));
        cases.insert(opened)
                .then(money.open(caseId, Remedies.LINE_PAID))
                .as(TransactionalOperator.create(transactionManager)::transactional)
                .block();
        setCommitted(caseId, alreadyCommitted);
        return caseId;
    }

    private void setCommitted(UUID caseId, String amount) {
        db.sql("update case_money set committed = :amount where case_id = :id")
                .bind("amount", new BigDecimal(amount)).bind("id", caseId)
                .then().block();
    }
}
