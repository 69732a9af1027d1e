package org.complaintdesk.attention;

import java.time.Instant;
import java.util.List;
import org.complaintdesk.complaint.EscalationLevel;

/**
 * One reason why one complaint needs an administrator: its record disagrees with its process, or one of its jobs
 * failed ({@code FAILING_JOB}, retries left) or was given up ({@code DEAD_LETTER_JOB}).
 *
 * @param reason     a {@link AgreementRules.Disagreement} name, {@code DEAD_LETTER_JOB} or {@code FAILING_JOB}
 * @param openTasks  the task keys open in its process, in creation order
 * @param jobId      the job, for the job reasons (the id to retry)
 * @param jobElement the BPMN element the job belongs to, such as timer_replyOverdue
 * @param error      the engine's error: the job's exception message
 * @param since      when the job was made, or when the complaint was received
 */
public record NeedsAttention(String number, String status, int escalationLevel, String reason, List<String> openTasks,
        String jobId, String jobElement, String error, Instant since) {

    public static final String DEAD_LETTER_JOB = "DEAD_LETTER_JOB";
    public static final String FAILING_JOB = "FAILING_JOB";

    /** The recorded escalation level by name, for screens that show it in words. */
    public EscalationLevel getEscalation() {
        return EscalationLevel.of(escalationLevel);
    }

    public boolean isJob() {
        return jobId != null;
    }

    public boolean isDeadLetter() {
        return DEAD_LETTER_JOB.equals(reason);
    }
}
