package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.it.support.TestDatabase;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.workflow.ComplaintProcess;
import org.flowable.engine.ProcessEngine;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Logging a complaint, through {@link ComplaintIntake} as the screens and the API call it. */
@EnableWeld
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintIntakeUseCaseTest {

    /** A Monday, 10:00 at the desk (Asia/Shanghai): inside working hours. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T02:00:00Z");
    static final Actor AGENT = new Actor("agent-1001", Role.AGENT, "TEAM-A");

    @WeldSetup
    WeldInitiator weld = UseCaseDesk.on("usecase_intake");

    @Inject
    ComplaintIntake intake;

    ProcessEngine engine;

    @BeforeAll
    void startEngine() {
        engine = UseCaseDesk.start(weld);
    }

    @Test
    void loggingAComplaintWritesItsRowDeadlineAndHistoryAndStartsItsProcessWithItsTimers() {
        UseCaseDesk.moveClockTo(engine, MONDAY_MORNING);

        Complaint logged = intake.log(UseCases.billing("Wang"), AGENT);

        String url = TestDatabase.url("usecase_intake");
        Instant due = MONDAY_MORNING.plus(Duration.ofHours(2));
        assertThat(logged.getNumber()).isNotBlank();
        assertThat(logged.getReplyDeadline()).isEqualTo(due);
        assertThat(TestDatabase.count(url, "select count(*) from complaint where number = ? and status = 'OPEN' and reply_deadline = ?",
                logged.getNumber(), java.sql.Timestamp.from(due))).isEqualTo(1);
        assertThat(TestDatabase.count(url, "select count(*) from complaint_deadline where complaint_id = ?", logged.getId())).isEqualTo(1);
        assertThat(TestDatabase.text(url, "select action from complaint_history where complaint_id = ? order by seq_no", logged.getId()))
                .isEqualTo("LOGGED");

        String process = logged.getProcessInstanceId();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process)
                .processInstanceBusinessKey(logged.getNumber()).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process)
                .taskDefinitionKey(ComplaintProcess.TASK_APOLOGISE_AND_RECORD).singleResult().getDueDate().toInstant()).isEqualTo(due);
        assertThat(engine.getManagementService().createTimerJobQuery().processInstanceId(process).list())
                .extracting(job -> job.getElementId() + "@" + job.getDuedate().toInstant())
                .contains(ComplaintProcess.TIMER_RECORD_OVERDUE + "@" + due);
    }
}
