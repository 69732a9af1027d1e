package org.complaintdesk.complaint;

import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import com.arjuna.ats.jta.resources.LastResourceCommitOptimisation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;
import javax.naming.Context;
import javax.naming.spi.InitialContextFactory;
import javax.sql.DataSource;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.complaintdesk.it.support.TestDatabase;
import org.complaintdesk.operations.DeskStartup;
import org.complaintdesk.platform.DataSourceConfiguration;
import org.complaintdesk.platform.MigratedSchema;
import org.complaintdesk.platform.NotClosingConnection;
import org.complaintdesk.workflow.ProcessDeployer;
import org.complaintdesk.workflow.WorkflowEngine;
import org.eclipse.persistence.platform.server.ServerPlatformBase;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.transaction.JTATransactionController;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.test.JobTestHelper;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.transaction.spi.TransactionServices;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The desk's use-case services with what Payara gives them, and nothing booted but an engine and a PostgreSQL: the
 * real CDI beans (Weld SE), the real persistence unit (EclipseLink, JTA), a real JTA transaction manager (Narayana),
 * the real Flowable engine ({@link WorkflowEngine} as the desk builds it) with the real BPMN, on a fresh database
 * migrated by the desk's Flyway scripts. One JDBC connection per transaction, shared by JPA and the engine, as on
 * Payara ({@code TransactionBoundDataSource}): a row and its process commit or roll back together.
 * <p>
 * Use it as a weld-junit setup ({@code @EnableWeld}, {@code @WeldSetup WeldInitiator weld = UseCaseDesk.on("name")}),
 * with {@code @TestInstance(PER_CLASS)} so that a class boots one desk. The job executor is off: a test moves the
 * engine's clock ({@link #moveClockTo}) and runs the due jobs ({@link #runDueJobs}), as the process tests do.
 */
public final class UseCaseDesk {

    /** The desk's start steps that need Payara (HTTP, mail, LISTEN threads, metrics); the test runs the ones it needs. */
    private static final Set<String> NOT_STARTED = Set.of(DeskStartup.class.getName());

    /** Narayana's transaction log under target/, not in the working directory: set before its first use. */
    private static final String TRANSACTION_LOG = transactionLogUnderTarget();

    private static final TransactionManager TRANSACTIONS = com.arjuna.ats.jta.TransactionManager.transactionManager();
    private static final TransactionSynchronizationRegistry REGISTRY = new TransactionSynchronizationRegistryImple();

    private UseCaseDesk() {
    }

    private static String transactionLogUnderTarget() {
        String directory = "target/narayana";
        System.setProperty("ObjectStoreEnvironmentBean.objectStoreDir", directory);
        System.setProperty("com.arjuna.ats.arjuna.objectstore.objectStoreDir", directory);
        com.arjuna.ats.arjuna.common.arjPropertyManager.getObjectStoreEnvironmentBean().setObjectStoreDir(directory);
        return directory;
    }

    /** The weld-junit setup of a desk on a fresh database named {@code database}. */
    public static WeldInitiator on(String database) {
        String url = TestDatabase.create(database);
        System.setProperty(Context.INITIAL_CONTEXT_FACTORY, Naming.class.getName());
        JTATransactionController.setDefaultTransactionManager(TRANSACTIONS);
        DataSource pool = new TransactionConnections(url);
        MigratedSchema.migrate(pool, "Asia/Shanghai");
        Map<String, Object> unit = new HashMap<>();
        unit.put("jakarta.persistence.jtaDataSource", pool);
        unit.put("eclipselink.target-server", NarayanaPlatform.class.getName());
        // no agent here: EclipseLink's runtime weaving would need one
        unit.put("eclipselink.weaving", "false");
        EntityManagerFactory persistence = Persistence.createEntityManagerFactory("desk", unit);
        EntityManager entityManager = transactionScoped(persistence);

        Weld weld = new Weld().disableDiscovery()
                .addExtension(new io.smallrye.config.inject.ConfigExtension())
                .addExtension(new NotStarted())
                .addPackages(true, Complaint.class, org.complaintdesk.sla.DeskClock.class, WorkflowEngine.class,
                        org.complaintdesk.platform.DeskSettings.class, org.complaintdesk.notification.MailOutbox.class,
                        org.complaintdesk.broadcast.AlertNotifier.class, org.complaintdesk.attention.Attention.class,
                        org.complaintdesk.admin.AdminLog.class, org.complaintdesk.integration.ChannelIntake.class,
                        org.complaintdesk.accesstoken.PersonalTokens.class)
                .addBeanClasses(org.complaintdesk.security.UserRepository.class, org.complaintdesk.security.PasswordHasher.class,
                        org.complaintdesk.security.LoginThrottle.class, org.complaintdesk.security.UserSeeding.class,
                        UnreadMetrics.class, Validation.class)
                .addBeanClass(JtaTransactional.class)
                .addServices(new NarayanaTransactionServices());
        WeldInitiator.Builder builder = WeldInitiator.from(weld).activate(RequestScoped.class, SessionScoped.class)
                .setPersistenceContextFactory(injectionPoint -> entityManager);
        bindResources(builder, pool);
        return builder.build();
    }

    /** The desk's start steps the use cases need: the SLA policy in force, the engine as the desk builds it, the desk's processes; the job executor stays off. */
    public static ProcessEngine start(WeldInitiator weld) {
        weld.select(org.complaintdesk.admin.PolicyVersions.class).get().renewAtStart();
        WorkflowEngine workflow = weld.select(WorkflowEngine.class).get();
        workflow.start();
        ProcessEngine engine = workflow.engine();
        engine.getProcessEngineConfiguration().getAsyncExecutor().shutdown();
        weld.select(ProcessDeployer.class).get().deployAll();
        return engine;
    }

    public static void moveClockTo(ProcessEngine engine, Instant now) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now));
    }

    /** Runs the engine's job executor until no job is left and no timer is due at the engine's clock. */
    public static void runDueJobs(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // both tables in one statement, as ProcessTestEngine.runDueJobs reads them
        JobTestHelper.waitForJobExecutorOnCondition(configuration, 60_000, 100, () -> {
            try (Connection connection = configuration.getDataSource().getConnection();
                    var statement = connection.prepareStatement(
                            "select (select count(*) from act_ru_job) + (select count(*) from act_ru_timer_job where duedate_ <= ?)")) {
                statement.setTimestamp(1, new Timestamp(configuration.getClock().getCurrentTime().getTime()));
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) == 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs {@code work} in a transaction of its own (for a test's reads through the services' entity manager). */
    public static <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
        TRANSACTIONS.begin();
        try {
            T result = work.call();
            TRANSACTIONS.commit();
            return result;
        } catch (Exception | Error e) {
            if (TRANSACTIONS.getStatus() != Status.STATUS_NO_TRANSACTION) {
                TRANSACTIONS.rollback();
            }
            throw e;
        }
    }

    /** What Payara puts behind each {@code @Resource} of the beans, by the name weld-junit looks it up by. */
    private static void bindResources(WeldInitiator.Builder builder, DataSource pool) {
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(2, daemons());
        Map<Class<?>, Object> byType = Map.of(
                TransactionSynchronizationRegistry.class, REGISTRY,
                TransactionManager.class, TRANSACTIONS,
                ManagedExecutorService.class, delegating(ManagedExecutorService.class, threads),
                ManagedScheduledExecutorService.class, delegating(ManagedScheduledExecutorService.class, threads),
                ManagedThreadFactory.class, delegating(ManagedThreadFactory.class, daemons()));
        builder.bindResource(DataSourceConfiguration.JNDI_NAME, pool);
        for (Class<?> type : beanClasses()) {
            for (Field field : type.getDeclaredFields()) {
                Resource resource = field.getAnnotation(Resource.class);
                if (resource != null && resource.lookup().isEmpty() && byType.containsKey(field.getType())) {
                    builder.bindResource("java:comp/env/" + type.getName() + "/" + field.getName(), byType.get(field.getType()));
                }
            }
        }
    }

    /** Every class of the desk with a {@code @Resource} field, found in the compiled classes (not a list to keep up). */
    private static List<Class<?>> beanClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.complaintdesk").stream()
                .filter(type -> type.getFields().stream().anyMatch(field -> field.isAnnotatedWith(Resource.class)))
                .<Class<?>>map(JavaClass::reflect).toList();
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        return work -> {
            Thread thread = new Thread(work, "use-case-desk");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A proxy of {@code type} whose methods run on {@code target} (the managed executors' plain counterparts). */
    private static <T> T delegating(Class<T> type, Object target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /** A container-managed, transaction-scoped entity manager: one per JTA transaction, closed when it ends. */
    private static EntityManager transactionScoped(EntityManagerFactory factory) {
        Object key = new Object();
        InvocationHandler handler = (proxy, method, arguments) -> {
            EntityManager current;
            if (REGISTRY.getTransactionKey() != null) {
                current = (EntityManager) REGISTRY.getResource(key);
                if (current == null) {
                    EntityManager created = factory.createEntityManager();
                    created.joinTransaction();
                    REGISTRY.putResource(key, created);
                    REGISTRY.registerInterposedSynchronization(closing(created));
                    current = created;
                }
            } else {
                current = factory.createEntityManager();
            }
            try {
                return method.invoke(current, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, handler);
    }

    private static Synchronization closing(EntityManager entityManager) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                entityManager.close();
            }
        };
    }

    /**
     * The pool behind {@code java:app/jdbc/desk}: in a JTA transaction, one connection enlisted in it (committed or
     * rolled back with it, then closed), outside one a connection of its own.
     */
    static final class TransactionConnections implements DataSource {

        private final PGSimpleDataSource database = new PGSimpleDataSource();
        private final Object key = new Object();

        TransactionConnections(String url) {
            database.setURL(url);
            database.setUser("postgres");
            database.setPassword("postgres");
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (REGISTRY.getTransactionKey() == null) {
                return database.getConnection();
            }
            Connection shared = (Connection) REGISTRY.getResource(key);
            if (shared == null) {
                shared = database.getConnection();
                shared.setAutoCommit(false);
                enlist(shared);
                REGISTRY.putResource(key, shared);
            }
            return NotClosingConnection.of(shared);
        }

        private static void enlist(Connection connection) throws SQLException {
            try {
                Transaction transaction = TRANSACTIONS.getTransaction();
                transaction.enlistResource(new OnePhase(connection));
            } catch (jakarta.transaction.RollbackException | SystemException e) {
                connection.close();
                throw new SQLException("cannot enlist the connection in the transaction", e);
            }
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger(UseCaseDesk.class.getName());
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }


    /** A JDBC connection as the transaction's one resource: committed in one phase, as Payara's local transactions are. */
    private record OnePhase(Connection connection) implements XAResource, LastResourceCommitOptimisation {

        @Override
        public void commit(Xid xid, boolean onePhase) throws XAException {
            try (connection) {
                connection.commit();
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void rollback(Xid xid) throws XAException {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        private static XAException failed(SQLException e) {
            XAException failure = new XAException(XAException.XA_RBCOMMFAIL);
            failure.initCause(e);
            return failure;
        }

        @Override
        public int prepare(Xid xid) {
            return XA_OK;
        }

        @Override
        public void start(Xid xid, int flags) {
        }

        @Override
        public void end(Xid xid, int flags) {
        }

        @Override
        public void forget(Xid xid) {
        }

        @Override
        public Xid[] recover(int flag) {
            return new Xid[0];
        }

        @Override
        public boolean isSameRM(XAResource other) {
            return other == this;
        }

        @Override
        public int getTransactionTimeout() {
            return 0;
        }

        @Override
        public boolean setTransactionTimeout(int seconds) {
            return false;
        }
    }

    /** EclipseLink's view of the transaction manager: Narayana's, through its JTA controller. */
    public static final class NarayanaPlatform extends ServerPlatformBase {

        public NarayanaPlatform(DatabaseSession session) {
            super(session);
        }

        @Override
        public Class<? extends org.eclipse.persistence.sessions.ExternalTransactionController> getExternalTransactionControllerClass() {
            return JTATransactionController.class;
        }
    }

    /** Weld's view of the transactions, so that {@code @Observes(during = AFTER_SUCCESS)} waits for the commit. */
    static final class NarayanaTransactionServices implements TransactionServices {

        @Override
        public void registerSynchronization(Synchronization synchronization) {
            REGISTRY.registerInterposedSynchronization(synchronization);
        }

        @Override
        public boolean isTransactionActive() {
            try {
                int status = TRANSACTIONS.getStatus();
                return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
            } catch (SystemException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public UserTransaction getUserTransaction() {
            return com.arjuna.ats.jta.UserTransaction.userTransaction();
        }

        @Override
        public void cleanup() {
        }
    }

    /**
     * {@code @Transactional} as the container runs it, over Narayana: begins, commits, or rolls back on an unchecked
     * exception (or one named in rollbackOn); MANDATORY and NEVER refuse as the specification says.
     */
    @Transactional
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class JtaTransactional {

        @AroundInvoke
        public Object around(InvocationContext call) throws Exception {
            Transactional settings = settings(call);
            Transaction outer = TRANSACTIONS.getTransaction();
            switch (settings.value()) {
                case MANDATORY:
                    if (outer == null) {
                        throw new TransactionalException("a transaction is required", new jakarta.transaction.TransactionRequiredException());
                    }
                    return call.proceed();
                case SUPPORTS:
                    return call.proceed();
                case NEVER:
                    if (outer != null) {
                        throw new TransactionalException("no transaction allowed", new jakarta.transaction.InvalidTransactionException());
                    }
                    return call.proceed();
                case NOT_SUPPORTED:
                    return outer == null ? call.proceed() : suspended(call, outer, false, settings);
                case REQUIRES_NEW:
                    return outer == null ? inNew(call, settings) : suspended(call, outer, true, settings);
                default:
                    return outer == null ? inNew(call, settings) : call.proceed();
            }
        }

        private Object suspended(InvocationContext call, Transaction outer, boolean inNew, Transactional settings) throws Exception {
            TRANSACTIONS.suspend();
            try {
                return inNew ? inNew(call, settings) : call.proceed();
            } finally {
                TRANSACTIONS.resume(outer);
            }
        }

        private Object inNew(InvocationContext call, Transactional settings) throws Exception {
            TRANSACTIONS.begin();
            Object result;
            try {
                result = call.proceed();
            } catch (Exception | Error e) {
                if (rollsBack(e, settings)) {
                    TRANSACTIONS.rollback();
                } else {
                    finish();
                }
                throw e;
            }
            finish();
            return result;
        }

        private static void finish() throws Exception {
            if (TRANSACTIONS.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                TRANSACTIONS.rollback();
            } else {
                TRANSACTIONS.commit();
            }
        }

        private static boolean rollsBack(Throwable e, Transactional settings) {
            for (Class<?> kept : settings.dontRollbackOn()) {
                if (kept.isInstance(e)) {
                    return false;
                }
            }
            for (Class<?> rolled : settings.rollbackOn()) {
                if (rolled.isInstance(e)) {
                    return true;
                }
            }
            return e instanceof RuntimeException || e instanceof Error;
        }

        private static Transactional settings(InvocationContext call) {
            Method method = call.getMethod();
            Transactional onMethod = method.getAnnotation(Transactional.class);
            if (onMethod != null) {
                return onMethod;
            }
            Class<?> type = method.getDeclaringClass();
            Transactional onType = type.getAnnotation(Transactional.class);
            return onType != null ? onType : call.getTarget().getClass().getSuperclass().getAnnotation(Transactional.class);
        }
    }

    /** JNDI as the engine's start looks the container's transaction manager up. */
    public static final class Naming implements InitialContextFactory {

        @Override
        public Context getInitialContext(Hashtable<?, ?> environment) {
            Map<String, Object> names = Map.of("java:appserver/TransactionManager", TRANSACTIONS);
            return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "lookup" -> {
                            Object found = names.get(String.valueOf(arguments[0]));
                            if (found == null) {
                                throw new javax.naming.NameNotFoundException(String.valueOf(arguments[0]));
                            }
                            yield found;
                        }
                        case "close" -> null;
                        default -> throw new javax.naming.OperationNotSupportedException(method.getName());
                    });
        }
    }

    /** Leaves out the desk's start observer: {@link #start} runs the steps these tests need. */
    public static final class NotStarted implements Extension {

        <T> void leaveOut(@Observes ProcessAnnotatedType<T> type) {
            if (NOT_STARTED.contains(type.getAnnotatedType().getJavaClass().getName())) {
                type.veto();
            }
        }
    }
}
