package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An alert's words: stored as a key and arguments, read in each reader's language and the desk's time. */
class AlertTextTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant DUE = Instant.parse("2026-12-04T09:30:00Z");

    @Test
    void anAlertReadsInEachLanguageWithTimesInTheDesksZoneAndCodesAsWords() {
        AlertText escalated = AlertText.escalated("C-20261204-0001", EscalationReason.REPLY_OVERDUE, DUE);
        assertThat(escalated.in(Locale.ENGLISH, SHANGHAI)).isEqualTo("C-20261204-0001 escalated (reply overdue): act by 2026-12-04 17:30");
        assertThat(escalated.in(Locale.SIMPLIFIED_CHINESE, SHANGHAI)).isEqualTo("C-20261204-0001 已升级（答复已逾期）：请在 2026-12-04 17:30 前处理");
        assertThat(escalated.in(Locale.TRADITIONAL_CHINESE, SHANGHAI)).isEqualTo("C-20261204-0001 已升級（答覆已逾期）：請在 2026-12-04 17:30 前處理");

        AlertText assigned = AlertText.channelAssigned("C-20261204-0002", Channel.WECHAT_WEIBO, "Weibo bridge");
        assertThat(assigned.in(Locale.SIMPLIFIED_CHINESE, SHANGHAI)).isEqualTo("C-20261204-0002：来自 Weibo bridge 的微信/微博投诉已分配给您，请致歉并记录");
        assertThat(assigned.in(Locale.ENGLISH, SHANGHAI)).isEqualTo("C-20261204-0002: a WeChat/Weibo complaint from Weibo bridge for you to apologise and record");
    }

    @Test
    void wordsSurviveBeingStoredAndTextGivenByPeopleIsNeverReadAsAPattern() {
        AlertText handedOver = AlertText.handedOver("C-20261204-0003", "lead1", "shift ends {0} at '5' \"sharp\"");
        AlertText stored = AlertText.stored(handedOver.key(), handedOver.argsAsJson());
        assertThat(stored).isEqualTo(handedOver);
        assertThat(stored.in(Locale.ENGLISH, SHANGHAI)).isEqualTo("C-20261204-0003: handed over to you by lead1 (shift ends {0} at '5' \"sharp\")");
    }

    @Test
    void eachReaderGetsTheLanguageTheyChoseAndSimplifiedChineseUntilThen() {
        assertThat(AlertText.readersLocale(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(AlertText.readersLocale("en")).isEqualTo(Locale.ENGLISH);
        assertThat(AlertText.readersLocale("en-US")).isEqualTo(Locale.ENGLISH);
        assertThat(AlertText.readersLocale("zh-TW")).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(AlertText.readersLocale("zh-Hant-HK")).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(AlertText.readersLocale("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(AlertText.readersLocale("fr")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void everyAlertHasItsWordsInTheThreeLanguages() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE}) {
            var words = AlertText.bundle(language);
            for (Alert.Kind kind : Alert.Kind.values()) {
                assertThat(words.containsKey("kind." + kind.name())).as(language + " kind." + kind).isTrue();
            }
            for (Channel channel : Channel.values()) {
                assertThat(words.containsKey("channel." + channel.name())).as(language + " channel." + channel).isTrue();
            }
            for (EscalationReason reason : EscalationReason.values()) {
                assertThat(words.containsKey("reason." + reason.name())).as(language + " reason." + reason).isTrue();
            }
            for (PauseReason reason : PauseReason.values()) {
                assertThat(words.containsKey("pause." + reason.name())).as(language + " pause." + reason).isTrue();
            }
            assertThat(AlertText.pauseEnded("C-1", DUE, PauseReason.CUSTOMER_UNREACHABLE, DUE).in(language, SHANGHAI))
                    .contains("C-1", "2026-12-04 17:30").doesNotContain("CUSTOMER_UNREACHABLE", "{");
        }
    }
}
