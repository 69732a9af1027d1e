package org.complaintdesk.sla;

import java.time.Instant;

/** A complaint's reply window: when its warning fires and when its reply is due. */
public record ReplyWindow(Instant warningAt, Instant deadline) {
}
