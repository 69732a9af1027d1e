package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.complaintdesk.platform.Sha256;

/**
 * One line of a complaint's append-only history: who did what, when, what changed and why. Rows are
 * never updated; each carries a SHA-256 over its content and the previous row's hash of the same complaint.
 */
@Entity
@Table(name = "complaint_history")
// named, so the persistence provider prepares it once: prepared anew per call it was half of the history's cost in a
// burst of escalations (BENCHMARKS.md, timers)
@NamedQuery(name = HistoryEntry.LAST_OF_COMPLAINT, query = "select h from HistoryEntry h where h.complaintId = :id"
        + " and h.seqNo = (select max(e.seqNo) from HistoryEntry e where e.complaintId = :id)")
public class HistoryEntry {

    static final String LAST_OF_COMPLAINT = "HistoryEntry.lastOfComplaint";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_history_seq")
    @SequenceGenerator(name = "complaint_history_seq", sequenceName = "complaint_history_seq", allocationSize = 1)
    private Long id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private Long complaintId;

    @Column(name = "seq_no", nullable = false, updatable = false)
    private int seqNo;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false, length = 80)
    private String actor;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(updatable = false, length = 4000)
    private String changes;

    @Column(updatable = false, length = 1000)
    private String reason;

    @Column(name = "prev_hash", updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected HistoryEntry() {
    }

    HistoryEntry(Long complaintId, int seqNo, Instant at, String actor, String action, String changes, String reason,
            String prevHash) {
        this.complaintId = complaintId;
        this.seqNo = seqNo;
        this.at = Complaint.utc(at);
        this.actor = actor;
        this.action = action;
        this.changes = truncate(changes, 4000);
        this.reason = truncate(reason, 1000);
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The hash this row should carry, from its stored content. */
    public String computeHash() {
        return hash(complaintId, seqNo, at.toInstant(), actor, action, changes, reason, prevHash);
    }

    /** SHA-256 over a row's content and its predecessor's hash, as stored (times to the millisecond). */
    public static String hash(Long complaintId, int seqNo, Instant at, String actor, String action, String changes,
            String reason, String prevHash) {
        return Sha256.ofFields(String.valueOf(complaintId), String.valueOf(seqNo), String.valueOf(at.toEpochMilli()), actor,
                action, String.valueOf(changes), String.valueOf(reason), String.valueOf(prevHash));
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public int getSeqNo() {
        return seqNo;
    }

    public Instant getAt() {
        return at.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
