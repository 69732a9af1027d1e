package org.complaintdesk.workflow;

import java.time.Instant;

/**
 * A CDI event: the work of one of the process's timers ran. The metrics observe it to measure how late the timer
 * fired; whoever runs the timer's work raises it, so the engine needs to know nothing about what observes it.
 *
 * @param timer the timer's id in the BPMN, one of the {@code ComplaintProcess.TIMER_*} names
 * @param due when the timer was due, or null when the process did not say
 */
public record TimerFired(String timer, Instant due) {
}
