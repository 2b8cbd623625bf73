package com.marketplace.aftersales.benchmarks.baseline;

import com.marketplace.aftersales.benchmarks.stats.LongSeries;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The poller of the baseline, as ticketing systems check deadlines: every P seconds, claim the open deadlines that are
 * due, oldest first, a batch at a time ({@code for update skip locked}, so several pollers could share the work),
 * mark them fired, commit; repeat until a batch comes back short. Only the detection is measured: what a real poller
 * then does (notify, escalate) is left out, which favours the baseline.
 */
final class DeadlinePoller {

    static final String CLAIM = "select case_id, due_at from deadlines where fired_at is null and due_at <= now() "
            + "order by due_at limit ? for update skip locked";
    static final String MARK = "update deadlines set fired_at = clock_timestamp() where policy = ? "
            + "and case_id = any(?) returning due_at, fired_at";

    /** Every deadline a poller fired: due, marked fired (in the transaction), committed (seen by the poller). */
    static final class FiredRows {
        final LongSeries dueMillis = new LongSeries();
        final LongSeries firedMillis = new LongSeries();
        final LongSeries committedMillis = new LongSeries();

        int size() {
            return dueMillis.size();
        }
    }

    private final Connection connection;
    private final int batchSize;
    private final PreparedStatement claim;
    private final PreparedStatement mark;

    DeadlinePoller(Connection connection, int batchSize) throws SQLException {
        this.connection = connection;
        this.batchSize = batchSize;
        connection.setAutoCommit(false);
        this.claim = connection.prepareStatement(CLAIM);
        this.mark = connection.prepareStatement(MARK);
    }

    /** One poll: claims and marks batches until none is full. @return how many it fired */
    int poll(FiredRows sink) throws SQLException {
        int fired = 0;
        while (true) {
            List<UUID> ids = new ArrayList<>(batchSize);
            claim.setInt(1, batchSize);
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            if (ids.isEmpty()) {
                connection.commit();
                return fired;
            }
            Array array = connection.createArrayOf("uuid", ids.toArray());
            mark.setString(1, DeadlineTable.POLICY);
            mark.setArray(2, array);
            LongSeries due = new LongSeries(ids.size());
            LongSeries marked = new LongSeries(ids.size());
            try (ResultSet rs = mark.executeQuery()) {
                while (rs.next()) {
                    due.add(rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli());
                    marked.add(rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli());
                }
            }
            connection.commit();
            long committed = System.currentTimeMillis();
            array.free();
            for (int i = 0; i < due.size(); i++) {
                sink.dueMillis.add(due.get(i));
                sink.firedMillis.add(marked.get(i));
                sink.committedMillis.add(committed);
            }
            fired += due.size();
            if (ids.size() < batchSize) {
                return fired;
            }
        }
    }

    /** Open deadlines due by {@code millis} that no poll has fired: should be none after a poll at that time. */
    long openDueBy(long millis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from deadlines where fired_at is null and due_at <= ?")) {
            statement.setObject(1, OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis),
                    java.time.ZoneOffset.UTC));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long open = rs.getLong(1);
                connection.commit();
                return open;
            }
        }
    }
}
