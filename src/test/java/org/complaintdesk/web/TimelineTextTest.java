package org.complaintdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The timeline says the desk's history lines in the page's language, with times local, codes as labels and teams by name. */
class TimelineTextTest {

    private static final ResourceBundle CHINESE = ResourceBundle.getBundle("org.complaintdesk.web.messages", Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.complaintdesk.web.messages", Locale.ROOT);
    private static final UnaryOperator<String> LOCAL = instant -> "12-05 09:30";
    private static final UnaryOperator<String> TEAMS = code -> code.equals("NORTH") ? "北区组" : code;

    @Test
    void theLinesTheDeskWritesReadInChinese() {
        assertThat(TimelineText.said("LOGGED", "PHONE, BILLING, SIMPLE, team NORTH, reply due 2026-12-05T01:30:00Z, SLA policy version 3", CHINESE, LOCAL, TEAMS))
                .isEqualTo("热线电话，账单，简单，小组 北区组，答复截止 12-05 09:30，SLA 策略第 3 版");
        assertThat(TimelineText.said("APOLOGISED_AND_RECORDED",
                "apology offered true, accepted false, contact confirmed true, outcome ESCALATE, route ESCALATE", CHINESE, LOCAL, TEAMS))
                .startsWith("已致歉：是，客户接受：否，联系方式已确认：是；");
        assertThat(TimelineText.said("REPLIED", "via PHONE, understood true, 12 minute(s) late", CHINESE, LOCAL, TEAMS))
                .isEqualTo("已通过热线电话答复，客户已理解：是，超时 12 分钟");
        assertThat(TimelineText.said("HANDED_OVER", "from agent1 to agent2", CHINESE, LOCAL, TEAMS)).isEqualTo("从 agent1 移交给 agent2");
        assertThat(TimelineText.said("ESCALATED", "to TEAM_LEAD (level 1), act by 2026-12-05T01:30:00Z", CHINESE, LOCAL, TEAMS))
                .isEqualTo("升级至组长（一级），须在 12-05 09:30 前处理");
        assertThat(TimelineText.said("RECLASSIFIED", "complexity SIMPLE -> COMPLEX, reply due 2026-12-05T01:30:00Z (SLA policy version 4)",
                CHINESE, LOCAL, TEAMS)).isEqualTo("复杂度 简单 → 复杂，答复截止 12-05 09:30（SLA 策略第 4 版）");
    }

    @Test
    void aLineOfAnotherShapeKeepsItsWordsWithTimesAndCodesRelabelled() {
        assertThat(TimelineText.said("CLAIMED", "task_teamLeadHandle", CHINESE, LOCAL, TEAMS)).isEqualTo("组长处理升级投诉");
        assertThat(TimelineText.said("LOGGED", "something else at 2026-12-05T01:30:00Z", ENGLISH, LOCAL, TEAMS))
                .isEqualTo("something else at 12-05 09:30");
        assertThat(TimelineText.said("REPLIED", "via EMAIL, understood false, within the deadline", ENGLISH, LOCAL, TEAMS))
                .isEqualTo("replied via E-mail, understood by the customer: no, within the deadline");
    }
}
