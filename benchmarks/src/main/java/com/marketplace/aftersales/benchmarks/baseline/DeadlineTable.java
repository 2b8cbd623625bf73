package com.marketplace.aftersales.benchmarks.baseline;

import com.marketplace.aftersales.benchmarks.sla.ClockPlan;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The baseline's table: one row per deadline, as a ticketing system keeps them, and the index its poller needs, on
 * the due time of the deadlines that have not fired ({@code where fired_at is null}).
 */
final class DeadlineTable {

    static final String POLICY = "merchant-response";
    static final String CREATE = "create table deadlines (case_id uuid not null, policy text not null, "
            + "due_at timestamptz not null, fired_at timestamptz, primary key (case_id, policy))";
    static final String INDEX = "create index deadlines_open_due on deadlines (due_at) where fired_at is null";
    private static final int ROWS_PER_CHUNK = 10_000;

    private DeadlineTable() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists deadlines");
            statement.execute(CREATE);
        }
    }

    /**
     * Loads the plan's deadlines, each moved by {@code shiftMillis}, with {@code COPY}. Those that then lie before
     * {@code firedBeforeMillis} are loaded as fired at their due time: the table is at the same point of its life as
     * the monitor's stores were when its window began.
     *
     * @return how many were loaded as fired already
     */
    static int load(Connection connection, ClockPlan plan, long shiftMillis, long firedBeforeMillis)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy deadlines (case_id, policy, due_at, fired_at) from stdin with (format csv)");
        int fired = 0;
        try {
            StringBuilder chunk = new StringBuilder(ROWS_PER_CHUNK * 100);
            for (int i = 0; i < plan.count(); i++) {
                long due = plan.dueMillis(i) + shiftMillis;
                String dueText = Instant.ofEpochMilli(due).toString();
                chunk.append(plan.ids().of(i)).append(',').append(POLICY).append(',').append(dueText).append(',');
                if (due < firedBeforeMillis) {
                    chunk.append(dueText);
                    fired++;
                }
                chunk.append('\n');
                if ((i + 1) % ROWS_PER_CHUNK == 0 || i == plan.count() - 1) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return fired;
    }

    static void index(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(INDEX);
        }
    }

    /** Fresh statistics and a checkpoint, so neither autovacuum's first pass nor a checkpoint lands in a window. */
    static void settle(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze deadlines");
            statement.execute("checkpoint");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    record Sizes(long tableBytes, long openIndexBytes, long totalBytes, long openRows) {
    }

    static Sizes sizes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_relation_size('deadlines'), "
                     + "pg_relation_size('deadlines_open_due'), pg_total_relation_size('deadlines'), "
                     + "(select count(*) from deadlines where fired_at is null)")) {
            rs.next();
            return new Sizes(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
