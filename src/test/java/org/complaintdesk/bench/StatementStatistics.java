package org.complaintdesk.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.complaintdesk.it.support.TestDatabase;

/**
 * The statements a benchmark's desk spent its database time on, from PostgreSQL's pg_stat_statements, for tuning
 * trials: on when the server preloads it ({@code -Dtest.postgres.settings=shared_preload_libraries=pg_stat_statements})
 * and {@code -Dbench.statements=N} asks for the top N by total time.
 */
final class StatementStatistics {

    private final String db;
    private final int top;

    StatementStatistics(String db) {
        this.db = db;
        this.top = Integer.getInteger("bench.statements", 0);
        if (top > 0) {
            TestDatabase.execute(db, "create extension if not exists pg_stat_statements");
        }
    }

    /** Forgets what was counted so far, so that the report covers only what follows. */
    void reset() {
        if (top > 0) {
            TestDatabase.count(db, "select count(*) from pg_stat_statements_reset()");
        }
    }

    void print(String title) {
        if (top == 0) {
            return;
        }
        System.out.println("statements by total time, " + title + ":");
        System.out.printf("%10s %10s %9s %12s  %s%n", "calls", "total ms", "mean ms", "rows", "statement");
        try (Connection c = TestDatabase.connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select calls, total_exec_time, mean_exec_time, rows, query from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + " order by total_exec_time desc limit " + top)) {
            while (rs.next()) {
                String query = rs.getString(5).replaceAll("\\s+", " ");
                System.out.printf("%10d %10.0f %9.2f %12d  %s%n", rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4),
                        query.length() > 220 ? query.substring(0, 220) + "…" : query);
            }
        } catch (SQLException e) {
            System.out.println("  cannot read pg_stat_statements: " + e.getMessage());
        }
    }
}
