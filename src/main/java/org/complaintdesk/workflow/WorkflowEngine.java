package org.complaintdesk.workflow;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.complaintdesk.platform.DataSourceConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;

/**
 * Owns the one Flowable engine of this application: built at start (see
 * {@link org.complaintdesk.operations.DeskStartup}), closed at shutdown, and handing its services to the code.
 * The engine joins the container's JTA transactions on the shared DataSource, so a service method that
 * saves a row and moves a process commits or rolls back both.
 */
@ApplicationScoped
public class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

    @Inject
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    BeanManager beanManager;

    @Inject
    @ConfigProperty(name = "desk.engine.acquire-wait")
    Duration acquireWait;

    @Inject
    @ConfigProperty(name = "desk.engine.job-lock-time")
    Duration jobLockTime;

    @Inject
    @ConfigProperty(name = "desk.engine.job-threads")
    Optional<Integer> jobThreads;

    @Inject
    @ConfigProperty(name = "desk.engine.job-queue-size")
    int jobQueueSize;

    @Inject
    @ConfigProperty(name = "desk.engine.timer-jobs-per-acquisition")
    int timerJobsPerAcquisition;

    @Inject
    @ConfigProperty(name = "desk.engine.async-jobs-per-acquisition")
    int asyncJobsPerAcquisition;

    private volatile ProcessEngine engine;

    /** Builds the engine (creating or upgrading its tables) and starts its job executor. */
    public synchronized void start() {
        if (engine != null) {
            return;
        }
        JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration();
        configuration.setEngineName("complaint-desk");
        // inside a transaction the engine works on the one connection JPA holds for it (see TransactionBoundDataSource)
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(containerTransactionManager());
        // false: the engine begins a JTA transaction when called outside one (else queries fail with RAR5029);
        // the managed factory: MyBatis never commits, rolls back or resets auto-commit on container connections
        configuration.setTransactionsExternallyManaged(false);
        configuration.setTransactionFactory(new ManagedTransactionFactory());
        configuration.setDatabaseSchemaUpdate("true");
        // activities, tasks and variables' last values (the complaint's trace reads the activities); FULL would add a
        // row per variable change, which nothing reads: the complaint's own history records every step
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        // one prepared INSERT per row: MyBatis builds a multi-row insert anew for every flush (foreach, then parsing every
        // placeholder), which took more than half of an intake's CPU in the profile (BENCHMARKS.md, intake)
        configuration.setBulkInsertEnabled(false);
        // ids made in memory: no id-block fetch in a transaction of its own inside a complaint's transaction,
        // and no id clash between several desks on one database
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setBeans(new CdiBeans(beanManager));
        JobExecutorSizing sizing = jobExecutorSizing();
        ManagedAsyncJobExecutor jobExecutor = new ManagedAsyncJobExecutor(jobExecutorConfiguration(sizing, acquireWait, jobLockTime), sizing,
                threadFactory);
        configuration.setAsyncExecutor(jobExecutor);
        // the engine's other two pools (for async history and future delegates, neither used here) would otherwise start
        // with plain threads and stay idle; the job threads serve them, and the job executor shuts them down
        configuration.setAsyncTaskExecutor(jobExecutor.getTaskExecutor());
        configuration.setAsyncTaskInvokerTaskExecutor(jobExecutor.getTaskExecutor());
        configuration.setAsyncExecutorActivate(true);
        JobFailureHandler.install(configuration);
        OldestDueTimersFirst.install(configuration);
        AcquisitionRaces.install(configuration);
        engine = configuration.buildProcessEngine();
        LOG.info(() -> "Workflow engine started; job executor acquires every " + acquireWait + ", locks jobs for " + jobLockTime
                + "; " + sizing);
    }

    /** The configured sizes, fitted to the connection pool the executor shares with requests. */
    private JobExecutorSizing jobExecutorSizing() {
        int threads = jobThreads.orElseGet(() -> JobExecutorSizing.defaultThreads(Runtime.getRuntime().availableProcessors()));
        JobExecutorSizing asked = new JobExecutorSizing(threads, jobQueueSize, timerJobsPerAcquisition, asyncJobsPerAcquisition);
        JobExecutorSizing fitted = JobExecutorSizing.fitted(DataSourceConfiguration.MAX_POOL_SIZE, asked);
        List<String> changes = fitted.changesFrom(asked);
        if (!changes.isEmpty()) {
            LOG.warning(() -> "Job executor sizes changed to fit a pool of " + DataSourceConfiguration.MAX_POOL_SIZE
                    + " connections: " + String.join(", ", changes));
        }
        return fitted;
    }

    /** The job executor's settings; the process tests run their jobs with these too. */
    static AsyncJobExecutorConfiguration jobExecutorConfiguration(JobExecutorSizing sizing, Duration acquireWait, Duration lockTime) {
        AsyncJobExecutorConfiguration jobs = new AsyncJobExecutorConfiguration();
        jobs.setMaxTimerJobsPerAcquisition(sizing.timerJobsPerAcquisition());
        jobs.setMaxAsyncJobsDuePerAcquisition(sizing.asyncJobsPerAcquisition());
        jobs.setDefaultTimerJobAcquireWaitTime(acquireWait);
        jobs.setDefaultAsyncJobAcquireWaitTime(acquireWait);
        jobs.setTimerLockTime(lockTime);
        jobs.setAsyncJobLockTime(lockTime);
        // a crashed instance's jobs are unlocked by whichever instance looks next: look often enough that they are
        // taken over within about the lock time (Flowable looks every 60 s by default)
        jobs.setResetExpiredJobsInterval(resetExpiredJobsInterval(lockTime));
        // one owner per running instance, so several instances on one database share the jobs
        jobs.setLockOwner(ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID());
        return jobs;
    }

    static Duration resetExpiredJobsInterval(Duration lockTime) {
        Duration sixth = lockTime.dividedBy(6);
        return sixth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : sixth;
    }

    private static TransactionManager containerTransactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager");
        } catch (NamingException e) {
            throw new IllegalStateException("the container's TransactionManager is not in JNDI", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    public ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("the workflow engine has not been started");
        }
        return engine;
    }

    /** Whether the engine is built (its clock can be read); false in the first steps of the desk's start. */
    public boolean isBuilt() {
        return engine != null;
    }

    public boolean isRunning() {
        return engine != null && engine.getProcessEngineConfiguration().getAsyncExecutor().isActive();
    }

    @Produces
    RuntimeService runtimeService() {
        return engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return engine().getTaskService();
    }

    @Produces
    HistoryService historyService() {
        return engine().getHistoryService();
    }

    @Produces
    RepositoryService repositoryService() {
        return engine().getRepositoryService();
    }

    @Produces
    ManagementService managementService() {
        return engine().getManagementService();
    }
}
