# Complaint Desk on Payara Micro (JDK 17) against PostgreSQL.
# Build the WAR first: mvn -DskipTests package
FROM payara/micro:6.2025.10-jdk17

# Settings by environment (see README, "Settings"); PostgreSQL is required in a container:
#   DESK_DB_URL=jdbc:postgresql://db:5432/desk  DESK_DB_USER=desk  DESK_DB_PASSWORD=...  DESK_ADMIN_PASSWORD=...
ENV DESK_HTTP_PORT=8080

COPY --chown=payara:payara target/complaint-desk.war ${DEPLOY_DIR}/ROOT.war

EXPOSE 8080
# readiness for an orchestrator: GET /health/ready (database and workflow engine), liveness: GET /health/live
CMD ["--deploy", "/opt/payara/deployments/ROOT.war", "--contextroot", "/", "--nocluster"]
