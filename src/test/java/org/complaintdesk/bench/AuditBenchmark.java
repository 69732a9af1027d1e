package org.complaintdesk.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.complaintdesk.api.Csv;
import org.complaintdesk.sla.BenchAccess;
import org.complaintdesk.sla.BreachList;
import org.complaintdesk.sla.ComplianceReport;
import org.complaintdesk.sla.Grouping;
import org.complaintdesk.sla.KpiReport;
import org.complaintdesk.sla.Period;
import org.flywaydb.core.Flyway;

/**
 * Loads 1,000,000 complaints with a realistic spread (a year, 8 teams, 160 agents, every category and channel,
 * 20 % complex, about 6 % late by 1 minute to 24 hours, 3 % of the last 3 days still open) into a real PostgreSQL, then times the auditor's dashboard
 * queries and a full CSV export of the breach list. Run: {@code mvn -Pbench verify}.
 */
public final class AuditBenchmark {

    private static final int COMPLAINTS = Integer.getInteger("bench.complaints", 1_000_000);
    private static final int REPEATS = 5;
    private static final String ZONE = "Asia/Shanghai";

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("desk_schema_history")
                    .placeholders(java.util.Map.of("deskZone", ZONE)).load().migrate();
            Instant now = Instant.now();
            long loadStart = System.nanoTime();
            load(dataSource, now);
            out.printf("loaded %,d complaints in %.1f s%n", COMPLAINTS, (System.nanoTime() - loadStart) / 1e9);

            ZoneId zone = ZoneId.of(ZONE);
            ComplianceReport compliance = BenchAccess.compliance(dataSource, zone, now);
            KpiReport kpis = BenchAccess.kpis(dataSource);
            BreachList breaches = BenchAccess.breaches(dataSource, zone, now);
            Period month = Period.lastDays(now, 30);
            Period year = Period.lastDays(now, 366);
            for (Grouping by : Grouping.values()) {
                Period period = by == Grouping.DAY ? Period.lastDays(now, 92) : by.isPeriod() ? year : month;
                time(out, "compliance by " + by.name().toLowerCase() + " (" + Duration.between(period.from(), period.to()).toDays() + " days)",
                        () -> compliance.compliance(by, period).size());
            }
            time(out, "compliance by team (366 days)", () -> compliance.compliance(Grouping.TEAM, year).size());
            time(out, "kpis (30 days)", () -> kpis.kpis(month).handled());
            time(out, "breach list first page (30 days)", () -> breaches.page(month, 0, 20).size());
            time(out, "breach count (30 days)", () -> breaches.count(month));
            time(out, "breach list first page (366 days)", () -> breaches.page(year, 0, 20).size());
            time(out, "breach count (366 days)", () -> breaches.count(year));

            long exportStart = System.nanoTime();
            long[] rows = {0};
            Writer sink = new BufferedWriter(new OutputStreamWriter(java.io.OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
            sink.write(Csv.BOM);
            breaches.forEach(year, b -> {
                rows[0]++;
                Csv.row(sink, Arrays.asList(b.number(), b.team(), b.agent(), b.category(), b.complexity(), b.channel(),
                        b.receivedAt(), b.replyDeadline(), b.repliedAt(), b.minutesLate(), b.sla()));
            });
            sink.flush();
            out.printf("full breaches CSV export (366 days): %,d rows in %.2f s%n", rows[0], (System.nanoTime() - exportStart) / 1e9);
        }
    }

    private static void time(PrintStream out, String what, Supplier<Object> query) {
        query.get();
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            query.get();
            long took = System.nanoTime() - start;
            best = Math.min(best, took);
            total += took;
        }
        out.printf("%-45s best %6.1f ms, mean %6.1f ms%n", what, best / 1e6, total / 1e6 / REPEATS);
    }

    /** The summary of the loaded complaints, by the same statement the V3 migration uses for existing complaints. */
    private static String summaryBackfill() throws java.io.IOException {
        try (var in = AuditBenchmark.class.getResourceAsStream("/db/migration/V3__compliance_summary.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return script.substring(script.indexOf("insert into compliance_summary")).replace("${deskZone}", ZONE).replace(";", "");
        }
    }

    private static void load(DataSource dataSource, Instant now) throws Exception {
        List<String> statements = List.of(
                "insert into complaint (id, number, received_at, channel, customer_surname, contact_phone, category, complexity,"
                        + " customer_account, logging_agent, team_code, status, reply_deadline, replied_at, escalation_level,"
                        + " sla_met, minutes_late, closed_at, rating, version)"
                        + " select g, 'C-BENCH-' || g, r.received, (array['PHONE','ONLINE_CHAT','SMS','WECHAT_WEIBO','EMAIL','WALK_IN'])[1 + g % 6],"
                        + " 'Surname' || (g % 500), '138' || lpad((g % 100000000)::text, 8, '0'),"
                        + " (array['HOTLINE_HARD_TO_REACH','AGENT_ATTITUDE','AGENT_MISTAKE','PRODUCT_OR_SERVICE_FAULT','BILLING','DELIVERY','OTHER'])[1 + g % 7],"
                        + " case when g % 5 = 0 then 'COMPLEX' else 'SIMPLE' end, 'complaint text ' || g, 'agent' || (g % 160),"
                        + " 'TEAM' || (g % 160 / 20), case when r.open then 'AWAITING_REPLY' else 'CLOSED' end,"
                        + " r.deadline, case when r.open then null else r.replied end, 0,"
                        + " case when r.open then null else r.replied <= r.deadline end,"
                        + " case when r.open then null else greatest(0, ceil(extract(epoch from (r.replied - r.deadline)) / 60))::int end,"
                        + " case when r.open then null else r.replied end, case when r.open then null else 1 + (g % 4) end, 0"
                        + " from generate_series(1, " + COMPLAINTS + ") g,"
                        + " lateral (select t.received, t.received + case when g % 5 = 0 then interval '24 hours' else interval '2 hours' end as deadline,"
                        + "   case when g % 17 = 0 then t.received + case when g % 5 = 0 then interval '24 hours' else interval '2 hours' end"
                        + "     + (1 + g % 1440) * interval '1 minute' else t.received + (g % 110) * interval '1 minute' end as replied,"
                        + "   g % 33 = 0 and t.received > timestamptz '" + now + "' - interval '3 days' as open"
                        + "   from (select timestamptz '" + now + "' - (g % 525600) * interval '1 minute' as received) t) r",
                "select setval('complaint_seq', " + COMPLAINTS + ")",
                summaryBackfill(),
                "analyze complaint",
                "analyze compliance_summary");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
