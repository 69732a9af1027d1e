package org.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.complaintdesk.complaint.Alert.Kind;
import org.complaintdesk.complaint.AlertText;
import org.junit.jupiter.api.Test;

class MailRulesTest {

    @Test
    void retriesAfterTheIntervalDoublingEachTimeUpToAnHour() {
        Duration minute = Duration.ofMinutes(1);
        assertThat(MailSettings.backoff(minute, 1)).isEqualTo(minute);
        assertThat(MailSettings.backoff(minute, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailSettings.backoff(minute, 3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailSettings.backoff(minute, 6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(MailSettings.backoff(minute, 7)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSettings.backoff(minute, 1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSettings.backoff(Duration.ofHours(3), 1)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSettings.backoff(Duration.ofSeconds(2), 0)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void readsAlertKindsLeniently() {
        assertThat(MailSettings.parseKinds("REPLY_WARNING,REPLY_OVERDUE,ESCALATION,REMINDER"))
                .containsExactlyInAnyOrder(Kind.REPLY_WARNING, Kind.REPLY_OVERDUE, Kind.ESCALATION, Kind.REMINDER);
        assertThat(MailSettings.parseKinds(" escalation , ,reminder,")).containsExactlyInAnyOrder(Kind.ESCALATION, Kind.REMINDER);
        assertThat(MailSettings.parseKinds("")).isEmpty();
        assertThatThrownBy(() -> MailSettings.parseKinds("ESCALATION,OVERDUE"))
                .hasMessageContaining("desk.mail.alert-kinds").hasMessageContaining("'OVERDUE'");
    }

    @Test
    void writesTheSubjectAndAPlainBodyWithALinkToTheComplaintInTheRecipientsLanguage() {
        AlertText words = new AlertText("alert.overdue", List.of("s:C-20260112-0007", "t:2026-01-12T09:30:00Z"));
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(AlertMailText.subject(Kind.REPLY_OVERDUE, "C-20260112-0007", Locale.ENGLISH))
                .isEqualTo("[Complaint Desk] Reply overdue: C-20260112-0007");
        String body = AlertMailText.body(AlertMailText.alert(words, null, Locale.ENGLISH, shanghai), "C-20260112-0007",
                "https://desk.example", Locale.ENGLISH);
        assertThat(body).startsWith("C-20260112-0007: the reply was due 2026-01-12 17:30; handed to your team lead\n")
                .contains("Complaint: C-20260112-0007\n")
                .contains("https://desk.example/complaint.xhtml?number=C-20260112-0007\n");

        assertThat(AlertMailText.subject(Kind.REPLY_OVERDUE, "C-20260112-0007", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("【投诉处理台】答复已逾期：C-20260112-0007");
        String chinese = AlertMailText.body(AlertMailText.alert(words, null, Locale.SIMPLIFIED_CHINESE, shanghai), "C-20260112-0007",
                "https://desk.example", Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).startsWith("C-20260112-0007：答复已于 2026-01-12 17:30 到期；已转交您的组长\n")
                .contains("投诉：C-20260112-0007\n").contains("请勿回复");
        assertThat(AlertMailText.subject(Kind.ESCALATION, "C-20260112-0007", Locale.TRADITIONAL_CHINESE))
                .isEqualTo("【投訴處理台】已升級：C-20260112-0007");
        // an alert stored before alerts had words keeps its English text
        assertThat(AlertMailText.alert(null, "C-1: old words", Locale.SIMPLIFIED_CHINESE, shanghai)).isEqualTo("C-1: old words");
    }

    @Test
    void describesAFailureInOneLineWithItsRootCause() {
        MessagingException e = new MessagingException("Couldn't connect to host, port: localhost, 2525; timeout 10000",
                new ConnectException("Connection refused\n\tat somewhere"));
        assertThat(MailSender.shortError(e))
                .isEqualTo("MessagingException: Couldn't connect to host, port: localhost, 2525; timeout 10000"
                        + " (ConnectException: Connection refused)");
        assertThat(MailSender.shortError(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
