package org.complaintdesk.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.function.Function;
import org.complaintdesk.sla.ComplianceReport;
import org.complaintdesk.sla.Grouping;

/**
 * The audit screen's charts as Chart.js configurations for PrimeFaces' {@code p:chart}: the share met per group (a
 * line over days, weeks or months, bars otherwise) and the breaches per category. The same numbers stand in the
 * tables beside them for anyone who cannot see the chart.
 */
final class ComplianceCharts {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String MET = "#1f4e79";
    private static final String BREACHED = "#b00020";
    private static final String OVERDUE = "#8a4b00";

    private ComplianceCharts() {
    }

    /** The share of decided complaints that met their deadline, per group, in percent (no point where none is decided). */
    static String share(Grouping by, List<ComplianceReport.Row> rows, Function<String, String> label, String title) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        rows.forEach(row -> {
            if (row.percent() == null) {
                values.addNull();
            } else {
                values.add(row.percent());
            }
        });
        boolean overTime = by == Grouping.DAY || by == Grouping.WEEK || by == Grouping.MONTH;
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("y", JSON.createObjectBuilder().add("min", 0).add("max", 100));
        return chart(overTime ? "line" : "bar", labels(rows, label),
                JSON.createArrayBuilder().add(dataset(title, values, MET).add("spanGaps", true)), scales);
    }

    /** Replied late and still overdue per category, stacked. */
    static String breachesByCategory(List<ComplianceReport.Row> byCategory, Function<String, String> label, String breached,
            String overdue) {
        JsonArrayBuilder late = JSON.createArrayBuilder();
        JsonArrayBuilder open = JSON.createArrayBuilder();
        byCategory.forEach(row -> {
            late.add(row.breached());
            open.add(row.openOverdue());
        });
        JsonObjectBuilder stacked = JSON.createObjectBuilder().add("stacked", true);
        JsonObjectBuilder scales = JSON.createObjectBuilder().add("x", stacked).add("y", JSON.createObjectBuilder().add("stacked", true)
                .add("beginAtZero", true).add("ticks", JSON.createObjectBuilder().add("precision", 0)));
        return chart("bar", labels(byCategory, label),
                JSON.createArrayBuilder().add(dataset(breached, late, BREACHED)).add(dataset(overdue, open, OVERDUE)), scales);
    }

    private static JsonArrayBuilder labels(List<ComplianceReport.Row> rows, Function<String, String> label) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        rows.forEach(row -> labels.add(label.apply(row.group())));
        return labels;
    }

    private static JsonObjectBuilder dataset(String title, JsonArrayBuilder values, String colour) {
        return JSON.createObjectBuilder().add("label", title).add("data", values)
                .add("backgroundColor", colour).add("borderColor", colour);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", scales))
                .build().toString();
    }
}
