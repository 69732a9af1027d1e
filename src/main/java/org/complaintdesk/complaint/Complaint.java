package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private Customer customer;

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

    @Column(name = "logging_agent", nullable = false, length = 80)
    private String loggingAgent;

    @Column(name = "team_code", length = 40)
    private String teamCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status = ComplaintStatus.OPEN;

    @Embedded
    private PromisedReply reply = new PromisedReply();

    /** The SLA policy version the complaint was received under: every deadline of it is counted by that version. */
    @Column(name = "policy_version")
    private Integer policyVersion;

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
        this.customer = new Customer(intake);
        this.category = intake.category();
        this.complexity = intake.complexity();
        this.customerAccount = intake.customerAccount();
        this.keyProblem = intake.keyProblem();
        this.desiredResolution = intake.desiredResolution();
        this.complainedEmployeeNumber = intake.complainedEmployeeNumber();
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
        return reply.state(now);
    }

    /** Records the clear reply and whether it met the deadline. */
    void recordReply(String replyText, Channel channel, boolean understood, Instant at) {
        reply.record(replyText, channel, understood, at);
    }

    /** Holds the complaint to a new reply window (ReplyWindows, the one place that opens one). */
    void openReplyWindow(ReplyWindow window) {
        reply.open(window);
    }

    /** A rating of 4: the problem was not solved; the complaint waits for a new reply (its window: ReplyWindows). */
    void reopen() {
        reply.clear();
        this.closedAt = null;
        this.status = ComplaintStatus.REOPENED;
    }

    /** Resolved on the spot at apologise-and-record: the resolution is the reply, given now. */
    void resolveOnSpot(String resolution, Instant at) {
        this.resolution = resolution;
        reply.record(resolution, channel, true, at);
    }

    /** Recorded and apologised for; the customer waits for the promised reply. */
    void awaitReply() {
        this.status = ComplaintStatus.AWAITING_REPLY;
    }

    void assignNumber(String number) {
        this.number = number;
    }

    void pauseClock(Instant at) {
        reply.pause(at);
    }

    /** The clock runs again, the paused business time counted; ReplyWindows moves the deadline by it. */
    void resumeClock(Duration paused) {
        reply.resume(paused);
    }

    public boolean isPaused() {
        return reply.isPaused();
    }

    public Instant getPausedSince() {
        return reply.pausedSince();
    }

    public long getPausedSeconds() {
        return reply.pausedSeconds();
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

    /** Simple or complex after all; the new window is ReplyWindows' to open. */
    void reclassify(Complexity complexity) {
        this.complexity = complexity;
    }

    /** A suggestion thanked and forwarded to the people responsible (section 24). */
    void forwardTo(String responsible) {
        this.forwardedTo = responsible;
    }

    /** The team lead called the customer back (section 19). */
    void leadContacted(Instant at) {
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

    void rate(int rating) {
        this.rating = rating;
    }

    /** Who complained and how to reach them. */
    public Customer getCustomer() {
        return customer;
    }

    /** The promised reply and its SLA outcome. */
    public PromisedReply getPromisedReply() {
        return reply;
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
        return customer.surname();
    }

    public String getFormOfAddress() {
        return customer.formOfAddress();
    }

    public String getContactPhone() {
        return customer.contactPhone();
    }

    public String getContactEmail() {
        return customer.contactEmail();
    }

    public String getAccountOrOrderNumber() {
        return customer.accountOrOrderNumber();
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
        return customer.language();
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
        return reply.deadline();
    }

    public Instant getRepliedAt() {
        return reply.repliedAt();
    }

    public String getReply() {
        return reply.text();
    }

    public Channel getReplyChannel() {
        return reply.channel();
    }

    public Boolean getCustomerUnderstood() {
        return reply.customerUnderstood();
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
        return reply.slaMet();
    }

    public Integer getMinutesLate() {
        return reply.minutesLate();
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
