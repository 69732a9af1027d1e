package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** An alert about a complaint, for one user or for a role (within a team when a team is set). */
@Entity
@Table(name = "alert")
public class Alert {

    /** The kinds of alert. */
    public enum Kind { REPLY_WARNING, REPLY_OVERDUE, ESCALATION, REMINDER, HARASSMENT_REPORTED, QUALITY_REVIEW, PAUSE_ENDED, ASSIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 1)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "complaint_number", nullable = false, length = 20)
    private String complaintNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(length = 80)
    private String recipient;

    @Column(name = "recipient_role", length = 20)
    private String recipientRole;

    @Column(name = "team_code", length = 40)
    private String teamCode;

    @Column(name = "raised_at", nullable = false)
    private OffsetDateTime raisedAt;

    /** In English, as the API and the logs show it; readers see the key and arguments in their own language. */
    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "message_key", length = 60)
    private String messageKey;

    @Column(name = "message_args", length = 2000)
    private String messageArgs;

    protected Alert() {
    }

    private Alert(Complaint complaint, Kind kind, String recipient, String recipientRole, String teamCode, Instant at,
            AlertText text) {
        this.complaintId = complaint.getId();
        this.complaintNumber = complaint.getNumber();
        this.kind = kind;
        this.recipient = recipient;
        this.recipientRole = recipientRole;
        this.teamCode = teamCode;
        this.raisedAt = Complaint.utc(at);
        this.messageKey = text.key();
        this.messageArgs = text.argsAsJson();
    }

    /** Writes the English text down, times in the desk's zone (before the alert is stored). */
    void spellOut(ZoneId zone) {
        String english = text().in(Locale.ENGLISH, zone);
        this.message = english.length() > 500 ? english.substring(0, 500) : english;
    }

    /** The alert's words; alerts stored before they had a key keep their English text. */
    public AlertText text() {
        return messageKey == null ? new AlertText("alert.asStored", List.of("s:" + message)) : AlertText.stored(messageKey, messageArgs);
    }

    /** The alert in the reader's language, times in the desk's zone. */
    public String textIn(Locale locale, ZoneId zone) {
        return text().in(locale, zone);
    }

    static Alert toUser(Complaint complaint, Kind kind, String username, Instant at, AlertText text) {
        return new Alert(complaint, kind, username, null, complaint.getTeamCode(), at, text);
    }

    /** For everyone who holds the complaint at a level: team leads of the complaint's team only, supervisors of every team. */
    static Alert toLevel(Complaint complaint, Kind kind, EscalationLevel level, Instant at, AlertText text) {
        String team = level.withinTeam() ? complaint.getTeamCode() : null;
        return new Alert(complaint, kind, null, level.role().name(), team, at, text);
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getComplaintNumber() {
        return complaintNumber;
    }

    public Kind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientRole() {
        return recipientRole;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public Instant getRaisedAt() {
        return raisedAt.toInstant();
    }

    public String getMessage() {
        return message;
    }
}
