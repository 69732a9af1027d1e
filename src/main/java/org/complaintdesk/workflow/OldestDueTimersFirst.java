package org.complaintdesk.workflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.common.engine.impl.Page;
import org.flowable.common.engine.impl.ServiceConfigurator;
import org.flowable.common.engine.impl.db.ListQueryParameterObject;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;
import org.flowable.job.service.impl.persistence.entity.data.impl.MybatisTimerJobDataManager;

/**
 * The timer acquisition's query with an order: the due timers, oldest first. Flowable 8's query has none, and
 * PostgreSQL answers its LIMIT by reading the timer table from the start until enough due rows turn up. The open
 * complaints' far deadlines fill that table, and the timers falling due now are the newest rows at its end: with 20,000
 * open complaints each acquisition read 40,000 rows (75 ms), with 100,000 five times as many, so escalations slowed as
 * the desk filled (docs/ENGINE.md). Ordered by due date, PostgreSQL reads the due-date index and stops after one
 * acquisition's worth, whatever the table holds, and the timers that waited longest go first.
 */
final class OldestDueTimersFirst extends MybatisTimerJobDataManager {

    static final String MAPPER = "org/complaintdesk/workflow/due-timers.xml";
    static final String STATEMENT = "selectDueTimerJobsOldestFirst";

    private OldestDueTimersFirst(JobServiceConfiguration jobs) {
        super(jobs);
    }

    /** Makes the engine that this configuration builds acquire due timers with this query. */
    static void install(ProcessEngineConfigurationImpl configuration) {
        Set<String> mappers = configuration.getCustomMybatisXMLMappers() == null ? new HashSet<>()
                : new HashSet<>(configuration.getCustomMybatisXMLMappers());
        mappers.add(MAPPER);
        configuration.setCustomMybatisXMLMappers(mappers);
        configuration.addJobServiceConfigurator(new ServiceConfigurator<>() {
            @Override
            public void beforeInit(JobServiceConfiguration jobs) {
                jobs.setTimerJobDataManager(new OldestDueTimersFirst(jobs));
            }

            @Override
            public void afterInit(JobServiceConfiguration jobs) {
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TimerJobEntity> findJobsToExecute(List<String> enabledCategories, Page page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("jobExecutionScope", jobServiceConfiguration.getJobExecutionScope());
        parameters.put("now", jobServiceConfiguration.getClock().getCurrentTime());
        if (enabledCategories != null && !enabledCategories.isEmpty()) {
            parameters.put("enabledCategories", enabledCategories);
        }
        ListQueryParameterObject query = new ListQueryParameterObject(parameters, page.getFirstResult(), page.getMaxResults());
        query.setIgnoreOrderBy();
        return getDbSqlSession().selectList(STATEMENT, query);
    }
}
