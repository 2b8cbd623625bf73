package com.marketplace.aftersales.fulfillment.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Every writer of a case takes the case's lock before it touches the case's row. The withdrawal (and the remedy, and
 * the payment worker's outcomes) lock first and update the row after; if a return step updated the row first and
 * locked after (as the outbox does when it appends), the two would wait for each other and PostgreSQL would abort
 * one of them — the HTTP request, as a 500.
 */
class LockOrderIT extends FulfillmentIntegrationTest {

    @Test
    void aReturnStepWaitsForTheCaseLockBeforeTouchingTheRowSoItNeverDeadlocksWithAWithdrawal() throws Exception {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");

        try (Connection other = DriverManager.getConnection(INFRA.jdbcUrl("fulfillment_it"), INFRA.username(),
                INFRA.password())) {
            other.setAutoCommit(false);
            // Another transaction of this case, in the order the withdrawal takes: the case's lock first …
            execute(other, "select pg_advisory_xact_lock(hashtextextended(?::text, 0))", caseId);

            CompletableFuture<EntityExchangeResult<String>> shipment = CompletableFuture.supplyAsync(
                    () -> shipReturn(caseId, customerToken(), SHIPMENT));
            await().atMost(WAIT).until(() -> waitingForCaseLock(other, caseId));

            // … then the row. Had the step updated the row before waiting for the lock, this would deadlock.
            execute(other, "update fulfillment_case set updated_at = now() where case_id = ?", caseId);
            other.commit();

            EntityExchangeResult<String> shipped = shipment.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(shipped.getStatus().value()).as(shipped.getResponseBody()).isEqualTo(200);
        }
        assertThat(status(caseId)).contains("RETURN_IN_TRANSIT");
    }

    private static void execute(Connection connection, String sql, UUID caseId) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, caseId);
            statement.execute();
        }
    }

    /** Whether another session waits for the case's lock (the HTTP request, for the one held here). */
    private static boolean waitingForCaseLock(Connection holder, UUID caseId) throws Exception {
        try (PreparedStatement statement = holder.prepareStatement("""
                select count(*) from pg_locks
                where locktype = 'advisory' and not granted and objsubid = 1
                  and database = (select oid from pg_database where datname = current_database())
                  and ((classid::bigint << 32) | objid::bigint) = hashtextextended(?::text, 0)""")) {
            statement.setObject(1, caseId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
