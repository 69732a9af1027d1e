package org.complaintdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import org.complaintdesk.sla.ComplianceReport.Row;
import org.complaintdesk.sla.Grouping;
import org.junit.jupiter.api.Test;

/** The charts' Chart.js configurations carry the report's numbers, labelled as people read them. */
class ComplianceChartsTest {

    private static JsonObject parse(String json) {
        try (var reader = JsonProvider.provider().createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void theShareOverTimeIsALineWithAGapWhereNothingWasDecided() {
        List<Row> days = List.of(new Row("2026-12-01", 4, 4, 3, 1, 0, 0, 0, 0), new Row("2026-12-02", 2, 0, 0, 0, 0, 2, 0, 0));
        JsonObject chart = parse(ComplianceCharts.share(Grouping.DAY, days, day -> day, "达标率"));
        assertThat(chart.getString("type")).isEqualTo("line");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("2026-12-01");
        var dataset = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getString("label")).isEqualTo("达标率");
        assertThat(dataset.getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(75);
        assertThat(dataset.getJsonArray("data").isNull(1)).isTrue();

        assertThat(parse(ComplianceCharts.share(Grouping.TEAM, days, day -> day, "share")).getString("type")).isEqualTo("bar");
    }

    @Test
    void breachesPerCategoryStackRepliedLateAndStillOverdue() {
        List<Row> categories = List.of(new Row("BILLING", 5, 4, 2, 2, 1, 0, 0, 0));
        JsonObject chart = parse(ComplianceCharts.breachesByCategory(categories, code -> "账单", "超时", "已逾期"));
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("账单");
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(2);
        assertThat(datasets.getJsonObject(1).getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(1);
        assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked")).isTrue();
    }
}
