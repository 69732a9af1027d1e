package org.complaintdesk.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintClosed;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerLanguage;
import org.complaintdesk.complaint.ComplaintSteps;
import org.complaintdesk.complaint.InputValidation;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.integration.SmsReply.Outcome;
import org.complaintdesk.platform.RandomCodes;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.workflow.ProcessTasks;

/**
 * The satisfaction SMS (DOMAIN.md, "After the complaint"): on closing, a question with a reference waits for
 * the SMS gateway to fetch it; the gateway passes the customer's answer back with that reference. A digit
 * 1-4 to the newest open question of a complaint still waiting for its rating is recorded as the rating;
 * anything else is answered without harm and kept (and logged) with what became of it.
 */
@ApplicationScoped
public class SatisfactionSms {

    /** The gateway's callback: the reference of the question, the sender's number, the text as typed. */
    public record Reply(@NotBlank @Size(max = 40) String reference, @Size(max = 40) String from,
            @NotNull @Size(max = 500) String text) {
    }

    /** What the desk made of a reply, for the gateway's log. */
    public record Answer(Outcome outcome, String detail) {
    }

    /** The question's words, in the customer's language (bundle {@code sms}, key {@code rating.question}). */
    static String question(String number, String reference, CustomerLanguage language) {
        ResourceBundle words = ResourceBundle.getBundle("org.complaintdesk.integration.sms", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(words.getString("rating.question"), language.locale()).format(new Object[] {number, reference});
    }

    private static final Logger LOG = Logger.getLogger(SatisfactionSms.class.getName());
    // no 0/O, 1/I/L: the reference may be read out or retyped by a person
    private static final String REFERENCE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintSteps steps;

    @Inject
    ProcessTasks tasks;

    @Inject
    InputValidation validation;

    @Inject
    DeskClock clock;

    /** Inside the closing transaction: the question exists exactly when the complaint closed. */
    void onClosed(@Observes ComplaintClosed closed) {
        if (closed.awaitsRating()) {
            String reference = RandomCodes.unused(REFERENCE_LETTERS, 6, taken -> find(taken).isPresent());
            em.persist(new RatingSms(closed.complaintId(), reference, closed.contactPhone(),
                    question(closed.number(), reference, closed.customerLanguage()), clock.now()));
        }
    }

    /** Questions the gateway has not taken yet, oldest first. */
    public List<RatingSms> pending(int max) {
        return em.createQuery("select s from RatingSms s where s.handedOverAt is null order by s.createdAt, s.id", RatingSms.class)
                .setMaxResults(max).getResultList();
    }

    /** The gateway took the question for sending; saying so twice is harmless. */
    @Transactional
    public RatingSms handedOver(String reference) {
        RatingSms sms = find(reference).orElseThrow(() -> ComplaintException.unknown("SMS", "No SMS has the reference " + reference));
        if (sms.getHandedOverAt() == null) {
            sms.handedOver(clock.now());
        }
        return sms;
    }

    @Transactional
    public Answer reply(Reply reply, IntegrationKey gateway) {
        validation.check(reply, "the SMS reply");
        Instant now = clock.now();
        String reference = reply.reference().strip().toUpperCase();
        RatingSms question = find(reference).orElse(null);
        Answer answer = question == null ? new Answer(Outcome.UNKNOWN_REFERENCE, "No question has the reference " + reference)
                : answer(question, reply.text(), now, gateway);
        em.persist(new SmsReply(now, reference, reply.from(), reply.text(), answer.outcome(),
                question == null ? null : question.getComplaintId()));
        LOG.info("SMS reply via " + gateway.getName() + " to " + reference + ": " + answer.outcome() + " (" + answer.detail() + ")");
        return answer;
    }

    private Answer answer(RatingSms question, String text, Instant now, IntegrationKey gateway) {
        Integer rating = rating(text);
        if (question.getAnsweredAt() != null) {
            return new Answer(Outcome.DUPLICATE, "This question was answered on " + question.getAnsweredAt() + "; the first answer stands");
        }
        if (rating == null) {
            return new Answer(Outcome.NOT_A_RATING, "The reply is not one digit from 1 to 4; nothing recorded");
        }
        Complaint complaint = complaints.findById(question.getComplaintId()).orElseThrow();
        boolean newest = em.createQuery("select count(s) from RatingSms s where s.complaintId = :id and s.id > :mine", Long.class)
                .setParameter("id", complaint.getId()).setParameter("mine", question.getId()).getSingleResult() == 0;
        if (!newest || tasks.ratingWaitExecution(complaint.getProcessInstanceId()).isEmpty()) {
            return new Answer(Outcome.LATE, "Complaint " + complaint.getNumber() + " no longer waits for this rating");
        }
        // claims the question: of two answers arriving together, only one finds it unanswered
        int claimed = em.createQuery("update RatingSms s set s.answeredAt = :now where s.id = :id and s.answeredAt is null")
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter("id", question.getId()).executeUpdate();
        if (claimed == 0) {
            return new Answer(Outcome.DUPLICATE, "This question was answered meanwhile; the first answer stands");
        }
        steps.rate(complaint.getNumber(), new Steps.Rating(rating), new Actor("sms:" + gateway.getName(), null, null));
        return new Answer(Outcome.RECORDED, "Rating " + rating + " recorded for complaint " + complaint.getNumber());
    }

    /** One digit 1-4, also as typed on a Chinese keyboard (full-width), with spaces around; otherwise null. */
    static Integer rating(String text) {
        String answer = text == null ? "" : text.strip();
        if (answer.length() != 1 || !Character.isDigit(answer.charAt(0))) {
            return null;
        }
        int digit = Character.getNumericValue(answer.charAt(0));
        return digit >= 1 && digit <= 4 ? digit : null;
    }

    private java.util.Optional<RatingSms> find(String reference) {
        return em.createQuery("select s from RatingSms s where s.reference = :reference", RatingSms.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }
}
