package org.complaintdesk.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.complaintdesk.platform.RepeatingTask;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Sends the outbox's due mails every desk.mail.poll-interval on the container's scheduled executor: claims one,
 * sends it over SMTP outside any transaction, records the outcome. A failure waits for its retry (the interval,
 * doubling, at most 1 h) and ends the run, as the server is likely down for the others too; nothing here ever
 * reaches a complaint's transaction or process.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    /** How long a claim keeps other desks off a mail: well past the SMTP timeouts of one send. */
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final String TIMEOUT_MILLIS = "10000";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    MetricRegistry registry;

    private RepeatingTask sending;
    private volatile long waiting;

    /** Starts polling when mail is on; called once at start, after the workflow engine. */
    public synchronized void start() {
        if (!settings.enabled()) {
            LOG.info("E-mail alerts are off: desk.mail.host (DESK_MAIL_HOST) is not set");
            return;
        }
        // read every setting once now, so that a bad one stops the start instead of each run
        Duration interval = settings.pollInterval();
        LOG.info("E-mail alerts " + settings.alertKinds() + " via " + settings.host().orElseThrow() + ":" + settings.port()
                + " from " + settings.from() + ", checked every " + interval + ", retried from " + settings.retryInterval()
                + " up to " + settings.maxAttempts() + " attempts; links to " + settings.publicUrl());
        registry.gauge(Metadata.builder().withName("mail_outbox_waiting")
                .withDescription("Alert e-mails waiting in the outbox to be sent or retried").build(), this, MailSender::waiting);
        sending = new RepeatingTask(scheduler, interval, this::sendDue);
        sending.start();
    }

    @PreDestroy
    synchronized void stop() {
        if (sending != null) {
            sending.stop();
        }
    }

    /** Mails not yet sent that will still be tried, as of the last run. */
    public long waiting() {
        return waiting;
    }

    void sendDue() {
        try {
            int maxAttempts = settings.maxAttempts();
            Optional<MailOutbox.Claimed> next;
            while (!sending.isStopped() && (next = outbox.claimNext(Instant.now(), maxAttempts, CLAIM)).isPresent()) {
                if (!deliver(next.get(), maxAttempts)) {
                    break;
                }
            }
            waiting = outbox.countWaiting(maxAttempts);
        } catch (RuntimeException e) {
            // log briefly and try again at the next run
            LOG.warning("E-mail outbox run failed: " + shortError(e));
        }
    }

    /** @return whether the mail went out */
    private boolean deliver(MailOutbox.Claimed mail, int maxAttempts) {
        try {
            send(mail);
        } catch (MessagingException | RuntimeException e) {
            int attempts = mail.attempts() + 1;
            Duration wait = MailSettings.backoff(settings.retryInterval(), attempts);
            String error = shortError(e);
            outbox.markFailed(mail.id(), error, Instant.now().plus(wait));
            if (attempts >= maxAttempts) {
                LOG.severe("E-mail " + mail.id() + " to " + mail.recipient() + " given up after " + attempts
                        + " attempts: " + error);
            } else {
                LOG.warning("E-mail " + mail.id() + " to " + mail.recipient() + " not sent (attempt " + attempts + " of "
                        + maxAttempts + "; next in " + wait + "): " + error);
            }
            return false;
        }
        outbox.markSent(mail.id(), Instant.now());
        return true;
    }

    private void send(MailOutbox.Claimed mail) throws MessagingException {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", settings.host().orElseThrow());
        smtp.put("mail.smtp.port", String.valueOf(settings.port()));
        smtp.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        smtp.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        if (settings.startTls()) {
            smtp.put("mail.smtp.starttls.enable", "true");
            smtp.put("mail.smtp.starttls.required", "true");
        }
        Optional<String> username = settings.username();
        smtp.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (username.isPresent()) {
            Transport.send(message, username.get(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    /** One line for the log and the outbox: the exception and its root cause, without a stack trace. */
    static String shortError(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describe(e) + (root == e ? "" : " (" + describe(root) + ")");
        return OutboxMail.cut(text, 500);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().strip().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + message;
    }
}
