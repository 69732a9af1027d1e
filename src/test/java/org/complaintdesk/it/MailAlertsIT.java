package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.elements;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.text;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskRhythm;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Alert e-mails from the running desk to a real SMTP server (GreenMail, see {@link SharedDesk}): the warning
 * (its time made to pass: see {@link DueTimers}), the overdue alert and the escalation of a simple complaint; and a mail server
 * that is down, which must leave the process alone and the mails queued until it is back.
 */
@Order(SecondLane.BESIDE)
class MailAlertsIT {

    private static final String AGENT = "agent1@complaintdesk.example";
    private static final String LEAD = "lead1@complaintdesk.example";
    private static final String SUPERVISOR = "supervisor1@complaintdesk.example";
    private static final String OTHER_TEAMS_LEAD = "lead2@complaintdesk.example";

    private final ComplaintApi api = new ComplaintApi(SharedDesk.server());

    /** A mail as received: its one recipient, subject and plain-text body. */
    record Mail(String to, String subject, String body, String contentType) {
    }

    /** Each recipient's mails speak the language they chose: the agent and supervisor English, the lead Chinese. */
    @BeforeEach
    void languagesChosen() {
        TestDatabase.execute(SharedDesk.databaseUrl(), "update desk_user set language = 'en' where username in ('agent1', 'supervisor1')");
        TestDatabase.execute(SharedDesk.databaseUrl(), "update desk_user set language = 'zh-CN' where username in ('lead1', 'lead2')");
    }

    @AfterEach
    void mailServerBackOn() {
        SharedDesk.startMail();
    }

    @Test
    void theWarningTheOverdueAlertAndTheEscalationArriveByMailOnceEach() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");

        DueTimers.replyWarningNow(SharedDesk.databaseUrl(), number);
        waitUpTo(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(mails(number, AGENT, "Reply due soon")).hasSize(1));
        Mail warning = mails(number, AGENT, "Reply due soon").get(0);
        assertThat(warning.subject()).isEqualTo("[Complaint Desk] Reply due soon: " + number);
        assertThat(warning.contentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(warning.body()).contains(number + ": the clear reply is due by")
                .contains("/complaint.xhtml?number=" + number);

        DueTimers.replyDeadlineNow(SharedDesk.databaseUrl(), number);
        waitUpTo(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(mails(number, AGENT, "Reply overdue")).hasSize(1);
            assertThat(mails(number, LEAD, "已升级")).hasSize(1);
            assertThat(overdueEscalations(number, SUPERVISOR)).hasSize(1);
        });
        assertThat(mails(number, LEAD, "已升级").get(0).body()).contains(number + " 已升级（答复已逾期）：请在", "请勿回复");

        // exactly once: nothing more of these arrives over several more runs of the sender
        await().during(DeskRhythm.QUIET).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(mails(number, AGENT, "Reply due soon")).hasSize(1);
            assertThat(mails(number, AGENT, "Reply overdue")).hasSize(1);
            assertThat(mails(number, LEAD, "已升级")).hasSize(1);
            assertThat(overdueEscalations(number, SUPERVISOR)).hasSize(1);
            assertThat(mails(number, OTHER_TEAMS_LEAD, "已升级")).as("the lead of another team").isEmpty();
        });
        // and the sender's runs themselves went well all along
        assertThat(SharedDesk.server().logText()).doesNotContain("E-mail outbox run failed");
    }

    @Test
    void aMailServerThatIsDownLeavesTheProcessUnharmedAndTheMailQueuedUntilItIsBack() {
        SharedDesk.stopMail();
        try {
            String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");

            // the process goes on: the warning, then the deadline passes and the complaint is escalated as ever
            DueTimers.replyWarningNow(SharedDesk.databaseUrl(), number);
            waitUpTo(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(api.alerts("agent1", number, "REPLY_WARNING")).hasSize(1));
            DueTimers.replyDeadlineNow(SharedDesk.databaseUrl(), number);
            waitUpTo(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(api.complaint(number).path("escalationLevel").asInt()).isGreaterThanOrEqualTo(1);
                assertThat(api.alerts("agent1", number, "REPLY_OVERDUE")).hasSize(1);
            });
            // its mails wait, tried and failed
            waitUpTo(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(outbox("pending", number)).anySatisfy(mail -> {
                        assertThat(text(mail, "subject")).isEqualTo("[Complaint Desk] Reply due soon: " + number);
                        assertThat(text(mail, "recipient")).isEqualTo(AGENT);
                        assertThat(mail.path("attempts").asInt()).isGreaterThanOrEqualTo(1);
                        assertThat(text(mail, "lastError")).isNotBlank();
                        assertThat(text(mail, "sentAt")).isNull();
                    }));
            assertThat(SharedDesk.mail().getReceivedMessages()).noneMatch(m -> subject(m).contains(number));
            // ... and the administrator sees them waiting on the outbox screen
            try (org.complaintdesk.it.support.Browser admin = new org.complaintdesk.it.support.Browser(SharedDesk.server()).login("admin", "demo")) {
                admin.open("/admin/mail.xhtml?status=pending");
                assertThat(admin.byId("mailState").getText()).contains("Alert e-mails are on");
                assertThat(admin.byId("mails").getText()).contains("[Complaint Desk] Reply due soon: " + number, "next try",
                        "MailConnectException");
            }

            SharedDesk.startMail();
            waitUpTo(Duration.ofSeconds(120)).untilAsserted(() -> {
                assertThat(mails(number, AGENT, "Reply due soon")).hasSize(1);
                assertThat(mails(number, AGENT, "Reply overdue")).hasSize(1);
                assertThat(mails(number, LEAD, "已升级")).hasSize(1);
            });
            assertThat(outbox("sent", number)).anySatisfy(mail -> {
                assertThat(text(mail, "subject")).isEqualTo("[Complaint Desk] Reply due soon: " + number);
                assertThat(text(mail, "sentAt")).isNotNull();
            });
        } finally {
            SharedDesk.startMail();
        }
    }

    @Test
    void theOutboxIsForAdministratorsOnly() {
        assertStatus(api.get("agent1", "/api/admin/mail-outbox"), 403);
        assertProblem(api.get("admin", "/api/admin/mail-outbox?status=lost"), 400, "status");
        assertStatus(api.get("admin", "/api/admin/mail-outbox"), 200);
    }

    @Test
    void theOutboxIsDescribedAtOpenapiAndCountedAtMetrics() {
        assertThat(api.as("admin").get("/openapi").body()).contains("/api/admin/mail-outbox", "a mail waiting for its retry");
        assertThat(api.as("admin").get("/metrics").body()).containsPattern("mail_outbox_waiting\\S* \\d");
    }

    // ---------------------------------------------------------------- helpers

    private List<JsonNode> outbox(String status, String number) {
        HttpResponse<String> response = api.get("admin", "/api/admin/mail-outbox?status=" + status);
        assertStatus(response, 200);
        return elements(json(response)).stream().filter(m -> String.valueOf(text(m, "subject")).endsWith(number)).toList();
    }

    /** The supervisor's mails about the escalation to the team lead (the later one to the supervisor is another). */
    private static List<Mail> overdueEscalations(String number, String to) {
        return mails(number, to, "Escalated").stream().filter(m -> m.body().contains("escalated (reply overdue)")).toList();
    }

    /** The mails received about the complaint for the address, whose subject starts with the title. */
    private static List<Mail> mails(String number, String to, String title) {
        List<Mail> found = new ArrayList<>();
        for (MimeMessage message : SharedDesk.mail().getReceivedMessages()) {
            Mail mail = read(message);
            if (mail.to().equals(to) && (mail.subject().equals("[Complaint Desk] " + title + ": " + number)
                    || mail.subject().equals("【投诉处理台】" + title + "：" + number))) {
                found.add(mail);
            }
        }
        return found;
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), subject(message),
                    String.valueOf(message.getContent()), message.getContentType());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConditionFactory waitUpTo(Duration timeout) {
        return await().atMost(timeout).pollInterval(Duration.ofMillis(500));
    }
}
