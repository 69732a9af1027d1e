package org.complaintdesk.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.complaintdesk.platform.Sha256;

/**
 * One administrative change: who changed which subject (a user, a team, a setting, an API key), when, and
 * from what to what. Rows are never updated; each hash covers the row and the previous row's hash.
 */
@Entity
@Table(name = "admin_history")
public class AdminHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_history_seq")
    @SequenceGenerator(name = "admin_history_seq", sequenceName = "admin_history_seq", allocationSize = 1)
    private Long id;

    @Column(name = "seq_no", nullable = false, updatable = false)
    private long seqNo;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false, length = 80)
    private String actor;

    @Column(nullable = false, updatable = false, length = 120)
    private String subject;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(updatable = false, length = 4000)
    private String changes;

    @Column(name = "prev_hash", updatable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AdminHistoryEntry() {
    }

    AdminHistoryEntry(long seqNo, Instant at, String actor, String subject, String action, String changes, String prevHash) {
        this.seqNo = seqNo;
        this.at = at.atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.subject = subject;
        this.action = action;
        this.changes = changes == null || changes.length() <= 4000 ? changes : changes.substring(0, 4000);
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** The hash this row should carry, from its stored content (times to the millisecond). */
    public String computeHash() {
        return Sha256.ofFields(String.valueOf(seqNo), String.valueOf(at.toInstant().toEpochMilli()), actor, subject, action,
                String.valueOf(changes), String.valueOf(prevHash));
    }

    public Long getId() {
        return id;
    }

    public long getSeqNo() {
        return seqNo;
    }

    public Instant getAt() {
        return at.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
