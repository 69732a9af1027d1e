package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

class ConflictsTest {

    @Test
    void aLostRaceIsFoundHoweverDeeplyWrapped() {
        assertThat(Conflicts.isLostRace(new TransactionalException("commit failed",
                new jakarta.persistence.RollbackException(new OptimisticLockException("version 3 is gone"))))).isTrue();
        assertThat(Conflicts.isLostRace(new FlowableException("job",
                new FlowableOptimisticLockingException("execution was updated by another transaction")))).isTrue();
    }

    @Test
    void aDeadlockThatPostgresqlBrokeIsRunAgain() {
        assertThat(Conflicts.isLostRace(new FlowableException("could not insert act_hi_actinst",
                new java.sql.SQLException("ERROR: deadlock detected", "40P01")))).isTrue();
        assertThat(Conflicts.isLostRace(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
    }

    /** What PostgreSQL answers to a row for an execution another transaction has just deleted. */
    private static PSQLException foreignKeyViolation(String constraint) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C23503\0Minsert or update violates foreign key constraint\0n"
                + constraint + "\0"));
    }

    @Test
    void aRowForAnExecutionThatAnotherTransactionEndedIsALostRace() {
        assertThat(Conflicts.isLostRace(new FlowableException("could not insert act_ru_timer_job",
                foreignKeyViolation("act_fk_timer_job_execution")))).isTrue();
        // a foreign key of the desk's own tables is a fault, not a race
        assertThat(Conflicts.isLostRace(foreignKeyViolation("fk_alert_complaint"))).isFalse();
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        assertThat(Conflicts.isLostRace(new IllegalStateException("no such task"))).isFalse();
        assertThat(Conflicts.isLostRace(new FlowableException("bad expression"))).isFalse();
    }
}
