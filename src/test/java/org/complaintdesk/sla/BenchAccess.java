package org.complaintdesk.sla;

import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;

/** Builds the report beans outside a container, for the benchmark: a fixed clock and zone, a transaction-like DataSource. */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static ComplianceReport compliance(DataSource dataSource, ZoneId zone, Instant now) {
        ComplianceReport report = new ComplianceReport();
        report.dataSource = dataSource;
        report.windows = zone(zone);
        report.clock = clock(now);
        return report;
    }

    public static KpiReport kpis(DataSource dataSource) {
        KpiReport report = new KpiReport();
        report.dataSource = dataSource;
        return report;
    }

    public static BreachList breaches(DataSource dataSource, ZoneId zone, Instant now) {
        BreachList list = new BreachList();
        list.dataSource = inTransaction(dataSource);
        list.windows = zone(zone);
        list.clock = clock(now);
        return list;
    }

    private static SlaWindows zone(ZoneId zone) {
        return new SlaWindows() {
            @Override
            public ZoneId timeZone() {
                return zone;
            }
        };
    }

    private static DeskClock clock(Instant now) {
        return new DeskClock() {
            @Override
            public Instant now() {
                return now;
            }
        };
    }

    /** Connections with auto-commit off, as inside the container's transaction, so PostgreSQL streams with a cursor. */
    private static DataSource inTransaction(DataSource dataSource) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(dataSource, args);
                    if (result instanceof Connection connection) {
                        connection.setAutoCommit(false);
                    }
                    return result;
                });
    }
}
