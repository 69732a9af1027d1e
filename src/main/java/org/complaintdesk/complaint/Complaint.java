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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.Overdue;
import org.complaintdesk.sla.ReplyWindow;

/**
 * One customer complaint from intake to closing. Its process instance carries only references and routing
 * flags; the data lives here. Optimistic locking ({@link #version}) keeps two people from both winning silently.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "customer_surname", nullable = false, length = 100)
    private String customerSurname;

    @Column(name = "form_of_address", length = 40)
    private String formOfAddress;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "account_or_order_number", length = 60)
    private String accountOrOrderNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Complexity complexity;

    @Column(name = "customer_account", nullable = false, length = 4000)
    private String customerAccount;

    @Column(name = "key_problem", length = 300)
    private String keyProblem;

    @Column(name = "desired_resolution", length = 1000)
    private String desiredResolution;

    @Column(name = "complained_employee_number", length = 20)
    private String complainedEmployeeNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_language", nullable = false, length = 10)
    private CustomerLanguage customerLanguage = CustomerLanguage.ZH_CN;

    @Column(name = "logging_agent", nullable = false, length = 80)
    private String loggingAgent;

    @Column(name = "team_code", length = 40)
    private String teamCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status = ComplaintStatus.OPEN;

    @Column(name = "reply_deadline")
    private OffsetDateTime replyDeadline;

    /** Since when the reply clock stands still (the desk waits for the customer); null while it runs. */
    @Column(name = "paused_since")
    private OffsetDateTime pausedSince;

    /** The business time the reply clock has stood still in all, in seconds: the deadline moved by this much. */
    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    /** The SLA policy version the complaint was received under: every deadline of it is counted by that version. */
    @Column(name = "policy_version")
    private Integer policyVersion;

    @Column(name = "replied_at")
    private OffsetDateTime repliedAt;

    @Column(length = 4000)
    private String reply;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_channel", length = 20)
    private Channel replyChannel;

    @Column(name = "customer_understood")
    private Boolean customerUnderstood;

    @Column(length = 4000)
    private String resolution;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    private Integer rating;

    @Column(name = "apology_offered")
    private Boolean apologyOffered;

    @Column(name = "apology_accepted")
    private Boolean apologyAccepted;

    @Column(name = "contact_confirmed")
    private Boolean contactConfirmed;

    @Column(name = "forwarded_to", length = 200)
    private String forwardedTo;

    @Column(name = "lead_contacted_at")
    private OffsetDateTime leadContactedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "sla_met")
    private Boolean slaMet;

    @Column(name = "minutes_late")
    private Integer minutesLate;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Complaint() {
    }

    /** A new complaint as the customer told it; the number is given once the id is known. */
    public Complaint(NewComplaint intake, Instant receivedAt, String loggingAgent, String teamCode) {
        this.receivedAt = utc(receivedAt);
        this.channel = intake.channel();
        this.customerSurname = intake.customerSurname().strip();
        this.formOfAddress = intake.formOfAddress();
        this.contactPhone = intake.contactPhone().strip();
        this.contactEmail = intake.contactEmail();
        this.accountOrOrderNumber = intake.accountOrOrderNumber();
        this.category = intake.category();
        this.complexity = intake.complexity();
        this.customerAccount = intake.customerAccount();
        this.keyProblem = intake.keyProblem();
        this.desiredResolution = intake.desiredResolution();
        this.complainedEmployeeNumber = intake.complainedEmployeeNumber();
        this.customerLanguage = CustomerLanguage.orDefault(intake.customerLanguage());
        this.loggingAgent = loggingAgent;
        this.teamCode = teamCode;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The SLA state at the given moment. */
    public SlaState slaState(Instant now) {
        if (!category.hasReplyDeadline()) {
            return SlaState.NOT_APPLICABLE;
        }
        if (slaMet != null) {
            return slaMet ? SlaState.MET : SlaState.BREACHED;
        }
        return Overdue.at(now, instant(replyDeadline), null, instant(pausedSince)) ? SlaState.OVERDUE : SlaState.PENDING;
    }

    /** The complaint's values along the dimensions of the compliance summary. */
    public ComplianceSummary.Dimensions dimensions() {
        return new ComplianceSummary.Dimensions(teamCode, loggingAgent, category.name(), complexity.name(), channel.name());
    }

    /** What this complaint counts for in the compliance summary now (nothing without a reply deadline). */
    ComplianceSummary.Change counted() {
        if (replyDeadline == null) {
            return new ComplianceSummary.Change(0, 0, 0, 0, 0, 0);
        }
        int replied = slaMet == null ? 0 : 1;
        int met = Boolean.TRUE.equals(slaMet) ? 1 : 0;
        return new ComplianceSummary.Change(1, replied, met, replied - met, pausedSeconds > 0 ? 1 : 0, pausedSeconds);
    }

    /** Records the clear reply and whether it met the deadline. */
    void recordReply(String replyText, Channel channel, boolean understood, Instant at) {
        this.reply = replyText;
        this.replyChannel = channel;
        this.customerUnderstood = understood;
        this.repliedAt = utc(at);
        if (replyDeadline != null) {
            this.minutesLate = minutesLate(replyDeadline.toInstant(), at);
            this.slaMet = minutesLate == 0;
        }
    }

    /** How late a reply at {@code at} is for the deadline: 0 when on time, else whole minutes rounded up (the SLA rule). */
    static int minutesLate(Instant deadline, Instant at) {
        long secondsLate = Duration.between(deadline, at).getSeconds();
        return secondsLate <= 0 ? 0 : (int) ((secondsLate + 59) / 60);
    }

    /** Starts a new reply window (reclassification keeps the reply; reopening clears it). */
    /** Holds the complaint to a new reply window (ReplyWindows, the one place that opens one). */
    void openReplyWindow(ReplyWindow window) {
        this.replyDeadline = utc(window.deadline());
    }

    void clearReply() {
        this.repliedAt = null;
        this.slaMet = null;
        this.minutesLate = null;
        this.closedAt = null;
    }

    void assignNumber(String number) {
        this.number = number;
    }

    void pauseClock(Instant at) {
        this.pausedSince = utc(at);
    }

    /** The clock runs again, the paused business time counted; ReplyWindows moves the deadline by it. */
    void resumeClock(Duration paused) {
        this.pausedSince = null;
        this.pausedSeconds += paused.getSeconds();
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public Instant getPausedSince() {
        return pausedSince == null ? null : pausedSince.toInstant();
    }

    public long getPausedSeconds() {
        return pausedSeconds;
    }

    void holdTo(int policyVersion) {
        this.policyVersion = policyVersion;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void recordApology(boolean offered, boolean accepted, boolean contactConfirmed, String restatement, String keyProblem) {
        this.apologyOffered = offered;
        this.apologyAccepted = accepted;
        this.contactConfirmed = contactConfirmed;
        if (restatement != null && !restatement.isBlank()) {
            this.customerAccount = restatement;
        }
        if (keyProblem != null && !keyProblem.isBlank()) {
            this.keyProblem = keyProblem;
        }
    }

    void setComplexity(Complexity complexity) {
        this.complexity = complexity;
    }

    void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    void setResolution(String resolution) {
        this.resolution = resolution;
    }

    void setForwardedTo(String forwardedTo) {
        this.forwardedTo = forwardedTo;
    }

    void setLeadContactedAt(Instant at) {
        this.leadContactedAt = utc(at);
    }

    /** The level kept is the highest reached; a reopened complaint stays REOPENED while its team lead handles it. */
    void escalateTo(EscalationLevel level) {
        this.escalationLevel = Math.max(escalationLevel, level.number());
        if (status != ComplaintStatus.REOPENED) {
            this.status = ComplaintStatus.ESCALATED;
        }
    }

    /** An administrator's repair: the complaint is held at this status and escalation level. */
    void holdAt(ComplaintStatus status, int level) {
        this.status = status;
        this.escalationLevel = level;
    }

    /** An administrator's repair: another agent of the desk takes over the agent's steps. */
    void handToAgent(String agent) {
        this.loggingAgent = agent;
    }

    /**
     * Whether the record says that someone at this level holds the complaint now, so that a reminder for that
     * level still has someone to act. A reopened complaint's record does not tell its lead from its supervisor:
     * the process's open step does.
     */
    public boolean isHeldAt(EscalationLevel level) {
        return switch (level) {
            case AGENT -> status == ComplaintStatus.OPEN || status == ComplaintStatus.AWAITING_REPLY;
            case TEAM_LEAD -> status == ComplaintStatus.REOPENED
                    || (status == ComplaintStatus.ESCALATED && escalationLevel == EscalationLevel.TEAM_LEAD.number());
            case SUPERVISOR -> (status == ComplaintStatus.ESCALATED || status == ComplaintStatus.REOPENED)
                    && escalationLevel == EscalationLevel.SUPERVISOR.number();
        };
    }

    void close(Instant at) {
        this.status = ComplaintStatus.CLOSED;
        this.closedAt = utc(at);
    }

    void setRating(int rating) {
        this.rating = rating;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Instant getReceivedAt() {
        return instant(receivedAt);
    }

    public Channel getChannel() {
        return channel;
    }

    public String getCustomerSurname() {
        return customerSurname;
    }

    public String getFormOfAddress() {
        return formOfAddress;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getAccountOrOrderNumber() {
        return accountOrOrderNumber;
    }

    public Category getCategory() {
        return category;
    }

    public Complexity getComplexity() {
        return complexity;
    }

    public String getCustomerAccount() {
        return customerAccount;
    }

    public String getKeyProblem() {
        return keyProblem;
    }

    public String getDesiredResolution() {
        return desiredResolution;
    }

    public String getComplainedEmployeeNumber() {
        return complainedEmployeeNumber;
    }

    public CustomerLanguage getCustomerLanguage() {
        return customerLanguage;
    }

    public String getLoggingAgent() {
        return loggingAgent;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Instant getReplyDeadline() {
        return instant(replyDeadline);
    }

    public Instant getRepliedAt() {
        return instant(repliedAt);
    }

    public String getReply() {
        return reply;
    }

    public Channel getReplyChannel() {
        return replyChannel;
    }

    public Boolean getCustomerUnderstood() {
        return customerUnderstood;
    }

    public String getResolution() {
        return resolution;
    }

    /** 0-2, the highest level reached, as the API gives it. */
    public int getEscalationLevel() {
        return escalationLevel;
    }

    /** The highest level reached, for screens that show it in words. */
    public EscalationLevel getEscalation() {
        return EscalationLevel.of(escalationLevel);
    }

    public Integer getRating() {
        return rating;
    }

    public Boolean getApologyOffered() {
        return apologyOffered;
    }

    public Boolean getApologyAccepted() {
        return apologyAccepted;
    }

    public Boolean getContactConfirmed() {
        return contactConfirmed;
    }

    public String getForwardedTo() {
        return forwardedTo;
    }

    public Instant getLeadContactedAt() {
        return instant(leadContactedAt);
    }

    public Instant getClosedAt() {
        return instant(closedAt);
    }

    public Boolean getSlaMet() {
        return slaMet;
    }

    public Integer getMinutesLate() {
        return minutesLate;
    }

    public Integer getPolicyVersion() {
        return policyVersion;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public long getVersion() {
        return version;
    }
}
