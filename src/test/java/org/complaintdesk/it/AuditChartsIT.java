package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The audit screen's charts: drawn by Chart.js from the same numbers as the tables beside them, for a supervisor too. */
class AuditChartsIT {

    private final DeskServer desk = SharedDesk.server();
    private final ComplaintApi api = new ComplaintApi(desk);

    /** What Chart.js holds for the chart drawn in the element: its labels and each dataset's values. */
    @SuppressWarnings("unchecked")
    private static List<Object> chartData(Browser browser, String id, String what) {
        return (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var chart = Chart.getChart(document.querySelector(\"[id$=':" + id + "'] canvas\"));"
                + " return " + what + ";");
    }

    @Test
    void theChartsShowTheTablesNumbersInThePagesLanguage() {
        api.logAwaitingReply("agent1", "DELIVERY", "SIMPLE");
        try (Browser supervisor = new Browser(desk, "zh-CN").login("supervisor1", "demo")) {
            supervisor.open("/audit/index.xhtml");
            supervisor.find(By.cssSelector("[id$=':breachChart'] canvas"));
            List<Object> labels = chartData(supervisor, "breachChart", "chart.data.labels");
            List<Object> breached = chartData(supervisor, "breachChart", "chart.data.datasets[0].data");
            List<Object> overdue = chartData(supervisor, "breachChart", "chart.data.datasets[1].data");
            List<String> rows = supervisor.driver().findElements(By.cssSelector("#breachesByCategory tbody tr")).stream()
                    .map(row -> row.getText()).toList();
            assertThat(labels).hasSameSizeAs(rows).contains("配送");
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i)).isEqualTo(labels.get(i) + " " + ((Number) breached.get(i)).longValue() + " " + ((Number) overdue.get(i)).longValue());
            }
            // the share per team: a bar per row of the compliance table
            List<Object> teams = chartData(supervisor, "shareChart", "chart.data.labels");
            assertThat(teams).hasSize(supervisor.driver().findElements(By.cssSelector("#auditForm\\:compliance tbody tr, #compliance tbody tr")).size());
            assertThat(chartData(supervisor, "shareChart", "[chart.config.type]")).containsExactly("bar");
            assertThat(supervisor.accessibilityProblems()).isEmpty();
        }
    }
}
