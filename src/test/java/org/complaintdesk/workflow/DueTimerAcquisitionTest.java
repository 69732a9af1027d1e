package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.complaintdesk.it.support.TestDatabase;
import org.flowable.common.engine.impl.Page;
import org.flowable.common.engine.impl.db.ListQueryParameterObject;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timer acquisition at the scale of a full desk (issue 11): 50,000 far deadlines of open complaints in the timer
 * table, and behind them, the newest rows, 5,000 timers due now in no particular order (a burst of deadlines). An acquisition takes the oldest
 * due timers first, and PostgreSQL finds them through the due-date index instead of reading the table until enough
 * due rows turn up (Flowable 8's own query, without an order, did that: each acquisition's cost grew with the number
 * of open complaints).
 */
class DueTimerAcquisitionTest {

    private static final Instant NOW = Instant.parse("2025-03-03T12:00:00Z");
    private static final int FAR = 50_000;
    private static final int DUE = 5_000;
    private static final int PER_ACQUISITION = 128;

    private static final DefaultClockImpl clock = new DefaultClockImpl();
    private static ProcessEngineConfigurationImpl configuration;
    private static ProcessEngine engine;
    private static String url;

    @BeforeAll
    static void fillTheTimerTable() {
        url = TestDatabase.create("due_timer_acquisition");
        clock.setCurrentTime(Date.from(NOW));
        configuration = ProcessTestEngine.onPostgresAt(url, clock, Map.of());
        engine = configuration.buildProcessEngine();
        TestDatabase.execute(url, "insert into act_ru_timer_job (id_, rev_, type_, exclusive_, retries_, duedate_)"
                + " select 'far-' || g, 1, 'timer', true, 3, ?::timestamp + g * interval '1 second' from generate_series(1, ?) g",
                Timestamp.from(NOW.plusSeconds(12 * 3600)), FAR);
        // due over the 83 minutes before 6 hours ago, inserted in an order unrelated to their due times
        TestDatabase.execute(url, "insert into act_ru_timer_job (id_, rev_, type_, exclusive_, retries_, duedate_)"
                + " select 'due-' || g, 1, 'timer', true, 3, ?::timestamp - ((g * 7919) % ?) * interval '1 second' from generate_series(1, ?) g",
                Timestamp.from(NOW.minusSeconds(6 * 3600)), DUE, DUE);
        TestDatabase.execute(url, "analyze act_ru_timer_job");
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void anAcquisitionTakesTheTimersThatWaitedLongestFirst() {
        JobServiceConfiguration jobs = configuration.getJobServiceConfiguration();
        List<TimerJobEntity> acquired = engine.getManagementService()
                .executeCommand(context -> jobs.getTimerJobEntityManager().findJobsToExecute(null, new Page(0, PER_ACQUISITION)));

        assertThat(acquired).hasSize(PER_ACQUISITION).allSatisfy(job -> assertThat(job.getId()).startsWith("due-"));
        assertThat(acquired).extracting(TimerJobEntity::getDuedate).isSorted();
        Date newestTaken = acquired.get(PER_ACQUISITION - 1).getDuedate();
        assertThat(TestDatabase.count(url, "select count(*) from act_ru_timer_job where id_ like 'due-%' and duedate_ < ?",
                new Timestamp(newestTaken.getTime()))).as("due timers older than the newest one taken").isEqualTo(PER_ACQUISITION - 1);
    }

    @Test
    void anAcquisitionReadsTheDueDateIndexNotTheWholeTable() throws Exception {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("now", Date.from(NOW));
        ListQueryParameterObject query = new ListQueryParameterObject(parameters, 0, PER_ACQUISITION);
        BoundSql sql = configuration.getSqlSessionFactory().getConfiguration().getMappedStatement(OldestDueTimersFirst.STATEMENT)
                .getBoundSql(query);

        List<String> plan = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url); PreparedStatement explain = c.prepareStatement("explain " + sql.getSql())) {
            int i = 1;
            for (ParameterMapping parameter : sql.getParameterMappings()) {
                explain.setObject(i++, switch (parameter.getProperty()) {
                    case "parameter.now" -> Timestamp.from(NOW);
                    case "maxResults" -> PER_ACQUISITION;
                    case "firstResult" -> 0;
                    default -> throw new IllegalStateException("unexpected parameter " + parameter.getProperty());
                });
            }
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
        }
        assertThat(String.join("\n", plan)).contains("Index Scan using act_idx_timer_job_duedate").doesNotContain("Seq Scan");
    }
}
