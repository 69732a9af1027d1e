# Complaint Desk on Payara Micro (JDK 17) against PostgreSQL.
# Build the WAR first: mvn -DskipTests package
FROM payara/micro:6.2025.10-jdk17

# Settings by environment (every one is listed in the README, "Settings"). A container runs against PostgreSQL:
# point DESK_DB_URL at it and give DESK_DB_USER, DESK_DB_PASSWORD and the first administrator's DESK_ADMIN_PASSWORD.
ENV DESK_DB_URL=jdbc:postgresql://db:5432/desk \
    DESK_DB_USER=desk \
    DESK_HTTP_PORT=8080

COPY --chown=payara:payara target/complaint-desk.war ${DEPLOY_DIR}/ROOT.war
# the JVM options every launch of the desk uses (the garbage collector; the file says why)
COPY --chown=payara:payara src/main/payara/jvm.options /opt/payara/jvm.options
# the desk's logging: Payara Micro's defaults without the start-up dumps of expired CA certificates (the file says how to get them back)
COPY --chown=payara:payara src/main/payara/logging.properties /opt/payara/logging.properties

EXPOSE 8080
# readiness for an orchestrator: GET /health/ready (database and workflow engine), liveness: GET /health/live.
# Docker's own check asks /health/ready with bash alone (the base image need not have curl or wget); a start takes
# up to a minute or two with the schema migration.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${DESK_HTTP_PORT} && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# A shell entry point so that the port follows DESK_HTTP_PORT; the desk's JVM options, then the base image's memory settings.
ENTRYPOINT ["sh", "-c", "exec java @/opt/payara/jvm.options -XX:MaxRAMPercentage=${MEM_MAX_RAM_PERCENTAGE} -Xss${MEM_XSS} ${JVM_ARGS} -jar /opt/payara/payara-micro.jar --deploy ${DEPLOY_DIR}/ROOT.war --contextroot / --nocluster --port ${DESK_HTTP_PORT} --logproperties /opt/payara/logging.properties \"$@\"", "--"]
CMD []
