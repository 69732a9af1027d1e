package org.complaintdesk.it.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Two desks on one PostgreSQL database behind a real nginx, as in a production cluster, shared by the integration
 * tests of a run that need several desks as one (failsafe runs every IT class in one JVM; booting two desks costs a
 * minute or more). Started together at the first use, on a new database, with the production SLA windows: every
 * deadline a test needs is made due in the database ({@link DueTimers}), so nothing falls due that a test did not
 * make due. Stopped when the JVM ends (nginx here, the desks with the test database). Tests keep to their own
 * complaints: they count alerts and escalations of their numbers only.
 * <p>
 * The classes that use it are {@link OffSharedDesk}: they run one after another in the {@link SecondLane}, beside
 * the shared desk's classes. One of them ends the cluster (it kills a desk, stops the other and starts a third): it
 * carries {@code @Order(ClusterDesks.LAST)}, and runs after the others of the lane.
 */
public final class ClusterDesks {

    /** The jvmRoute of each desk: Payara appends it to the session id, nginx keeps a session on its desk by it. */
    public static final String ROUTE_ONE = "desk1";
    public static final String ROUTE_TWO = "desk2";

    /** The class order of the test class that ends the cluster: after every other class of the lane. */
    public static final int LAST = Integer.MAX_VALUE;

    /** How long a desk's job executor keeps a job it took: a killed desk's jobs come back to the other after this. */
    public static final Duration JOB_LOCK_TIME = Duration.ofSeconds(20);

    private static ClusterDesks started;

    private final String databaseUrl;
    private final Map<String, String> environment;
    private final DeskServer one;
    private final DeskServer two;
    private final NginxBalancer nginx;

    private ClusterDesks(String databaseUrl, Map<String, String> environment, DeskServer one, DeskServer two, NginxBalancer nginx) {
        this.databaseUrl = databaseUrl;
        this.environment = environment;
        this.one = one;
        this.two = two;
        this.nginx = nginx;
    }

    public static synchronized ClusterDesks get() {
        if (started == null) {
            String db = TestDatabase.create("desk_cluster");
            Map<String, String> env = DeskServer.postgresEnvironment(db);
            env.put("DESK_ENGINE_JOB_LOCK_TIME", JOB_LOCK_TIME.toString());
            DeskServer one = new DeskServer("cluster-1", env).systemProperty("jvmRoute", ROUTE_ONE);
            DeskServer two = new DeskServer("cluster-2", env).systemProperty("jvmRoute", ROUTE_TWO);
            NginxBalancer nginx = new NginxBalancer(Map.of(ROUTE_ONE, one.port(), ROUTE_TWO, two.port()));
            // the desks stop with the test database (TestDatabase.stop), as every desk of the run does
            Runtime.getRuntime().addShutdownHook(new Thread(nginx::close));
            // together, as two replicas of a first deployment: one creates the schema, the process and the users,
            // the other waits for that and finds them (platform/StartLock)
            DeskServer.startTogether(one, two);
            nginx.start();
            started = new ClusterDesks(db, Map.copyOf(env), one, two, nginx);
        }
        return started;
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    /** The desks' environment, for another desk on the same database (a copy: changes stay the caller's). */
    public Map<String, String> environment() {
        return new HashMap<>(environment);
    }

    /** The desk that started first, on route {@value #ROUTE_ONE}. */
    public DeskServer one() {
        return one;
    }

    /** The second desk, on route {@value #ROUTE_TWO}. */
    public DeskServer two() {
        return two;
    }

    /** Both desks by their route. */
    public Map<String, DeskServer> byRoute() {
        return Map.of(ROUTE_ONE, one, ROUTE_TWO, two);
    }

    public NginxBalancer nginx() {
        return nginx;
    }
}
