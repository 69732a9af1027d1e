package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.complaint.Steps.Apology;
import org.complaintdesk.complaint.Steps.Outcome;
import org.complaintdesk.it.support.TestDatabase;
import org.complaintdesk.platform.Conflicts;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ComplaintProcess.Decision;
import org.flowable.engine.ProcessEngine;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An agent's steps on a logged complaint, through {@link ComplaintSteps}: the apology's routing, the reply met or late, and two steps meeting. */
@EnableWeld
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintStepsUseCaseTest {

    static final String DATABASE = "usecase_steps";
    /** A Monday, 10:00 at the desk (Asia/Shanghai): inside working hours; a simple complaint's reply is due at 12:00. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T02:00:00Z");
    static final Actor AGENT = new Actor("agent-1002", Role.AGENT, "TEAM-A");
    static final Actor LEAD = new Actor("lead-a", Role.TEAM_LEAD, "TEAM-A");

    @WeldSetup
    WeldInitiator weld = UseCaseDesk.on(DATABASE);

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintSteps steps;

    @Inject
    EscalationSteps escalations;

    ProcessEngine engine;

    @BeforeAll
    void startEngine() {
        engine = UseCaseDesk.start(weld);
    }

    @Test
    void aMistakeWhoseApologyIsNotAcceptedGoesToTheTeamLeadWhateverTheAgentChose() {
        UseCaseDesk.moveClockTo(engine, MONDAY_MORNING);
        Complaint logged = intake.log(UseCases.complaint("Li", Category.AGENT_MISTAKE), AGENT);

        steps.apologiseAndRecord(logged.getNumber(), apology(false, Outcome.NEEDS_REPLY), AGENT);

        String process = logged.getProcessInstanceId();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process).list())
                .extracting(task -> task.getTaskDefinitionKey()).containsExactly(ComplaintProcess.TASK_TEAM_LEAD_HANDLE);
        assertThat(text("select status from complaint where id = ?", logged.getId())).isEqualTo("ESCALATED");
        assertThat(text("select changes from complaint_history where complaint_id = ? and action = 'APOLOGISED_AND_RECORDED'",
                logged.getId())).contains("accepted false", "route ESCALATE");
    }

    @Test
    void aReplyBeforeTheDeadlineIsMet() {
        UseCaseDesk.moveClockTo(engine, MONDAY_MORNING);
        Complaint logged = intake.log(UseCases.billing("Zhao"), AGENT);
        steps.apologiseAndRecord(logged.getNumber(), apology(true, Outcome.NEEDS_REPLY), AGENT);
        UseCaseDesk.moveClockTo(engine, MONDAY_MORNING.plus(Duration.ofMinutes(100)));

        steps.reply(logged.getNumber(), ComplaintProcess.TASK_REPLY, reply(), AGENT);

        assertThat(text("select sla_met || ' ' || coalesce(minutes_late, 0) || ' ' || status from complaint where id = ?", logged.getId()))
                .isEqualTo("true 0 CLOSED");
    }

    @Test
    void aReplyAfterTheOverdueTimerFiredIsLateByItsMinutes() {
        UseCaseDesk.moveClockTo(engine, MONDAY_MORNING);
        Complaint logged = intake.log(UseCases.billing("Sun"), AGENT);
        steps.apologiseAndRecord(logged.getNumber(), apology(true, Outcome.NEEDS_REPLY), AGENT);
        // the deadline passes: the process's own overdue timer fires, run by the engine's job executor, and hands the
        // complaint to the team lead
        UseCaseDesk.moveClockTo(engine, MONDAY_MORNING.plus(Duration.ofHours(2)).plusSeconds(1));
        UseCaseDesk.runDueJobs(engine);
        assertThat(text("select status from complaint where id = ?", logged.getId())).isEqualTo("ESCALATED");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(logged.getProcessInstanceId()).list())
                .extracting(task -> task.getTaskDefinitionKey()).containsExactly(ComplaintProcess.TASK_TEAM_LEAD_HANDLE);
        UseCaseDesk.moveClockTo(engine, MONDAY_MORNING.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(25)));

        escalations.claim(logged.getNumber(), LEAD);
        escalations.decide(logged.getNumber(), ComplaintProcess.TASK_TEAM_LEAD_HANDLE,
                new Steps.LeadDecision(Decision.REPLIED, "The second charge is refunded.", Channel.PHONE, true, null), LEAD);

        assertThat(text("select sla_met || ' ' || minutes_late from complaint where id = ?", logged.getId())).isEqualTo("false 25");
    }

    @Test
    void twoStepsMeetingOnOneComplaintOneWinsTheOtherGetsTheConflictAndLeavesNothing() throws Exception {
        UseCaseDesk.moveClockTo(engine, MONDAY_MORNING);
        Complaint logged = intake.log(UseCases.complaint("Zhou", Category.AGENT_ATTITUDE), AGENT);
        steps.apologiseAndRecord(logged.getNumber(), apology(false, Outcome.ESCALATE), AGENT);
        String number = logged.getNumber();

        // the lead's contact has read the complaint (its version) when the lead's claim, on another request, commits
        TransactionManager transactions = com.arjuna.ats.jta.TransactionManager.transactionManager();
        transactions.begin();
        weld.select(ComplaintRepository.class).get().findByNumber(number).orElseThrow();
        Transaction contact = transactions.suspend();
        escalations.claim(number, LEAD);
        transactions.resume(contact);
        try {
            assertThatThrownBy(() -> escalations.recordContact(number, new Steps.Contact("called back at once"), LEAD))
                    .satisfies(lost -> assertThat(Conflicts.isLostRace(lost)).as("a lost race: %s", lost).isTrue());
            assertThat(transactions.getStatus()).isEqualTo(Status.STATUS_MARKED_ROLLBACK);
        } finally {
            transactions.rollback();
        }

        assertThat(TestDatabase.count(url(), "select count(*) from complaint_history where complaint_id = ? and action = 'CLAIMED'",
                logged.getId())).isEqualTo(1);
        assertThat(TestDatabase.count(url(), "select count(*) from complaint_history where complaint_id = ? and action = 'CUSTOMER_CONTACTED'",
                logged.getId())).isZero();
        assertThat(TestDatabase.count(url(), "select count(*) from complaint where id = ? and lead_contacted_at is null",
                logged.getId())).isEqualTo(1);
        // the loser's step again, now on the winner's version, goes through
        escalations.recordContact(number, new Steps.Contact("called back at once"), LEAD);
        assertThat(TestDatabase.count(url(), "select count(*) from complaint_history where complaint_id = ? and action = 'CUSTOMER_CONTACTED'",
                logged.getId())).isEqualTo(1);
    }

    static Apology apology(boolean accepted, Outcome outcome) {
        return new Apology(true, accepted, "You were charged twice.", "double charge", true, Complexity.SIMPLE, outcome, null);
    }

    static Steps.Reply reply() {
        return new Steps.Reply("The second charge is refunded.", Channel.PHONE, true);
    }

    static String url() {
        return TestDatabase.url(DATABASE);
    }

    static String text(String sql, Object... parameters) {
        return TestDatabase.text(url(), sql, parameters);
    }
}
