package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.HistoryVerifier;
import org.complaintdesk.complaint.NumberAudit;
import org.complaintdesk.complaint.Recompute;
import org.complaintdesk.sla.BreachList;
import org.complaintdesk.sla.ComplianceReport;
import org.complaintdesk.sla.Grouping;
import org.complaintdesk.sla.KpiReport;
import org.complaintdesk.sla.Period;
import org.complaintdesk.sla.SlaWindows;

/**
 * The auditor's dashboard: compliance by a chosen grouping and period, the KPIs, the breaches, chain verification and
 * the recompute of the period's figures from the histories.
 */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceReport compliance;

    @Inject
    KpiReport kpiReport;

    @Inject
    BreachList breachList;

    @Inject
    HistoryVerifier verifier;

    @Inject
    TeamLabels teamLabels;

    @Inject
    ComplaintQueries queries;

    @Inject
    SlaWindows windows;

    @Inject
    NumberAudit numberAudit;

    @Inject
    Recompute recompute;

    private Grouping by = Grouping.TEAM;
    private LocalDate from;
    private LocalDate to;
    private List<ComplianceReport.Row> rows = List.of();
    private List<ComplianceReport.Row> byCategory = List.of();
    private KpiReport.Kpis kpis;
    private List<BreachList.Breach> breaches = List.of();
    private long breachCount;
    private HistoryVerifier.Result verification;
    private NumberAudit.Account numbers;
    private Recompute.PeriodResult recomputed;
    private String problem;

    public void load() {
        if (to == null) {
            to = LocalDate.ofInstant(queries.now(), windows.timeZone()).plusDays(1);
            from = to.minusDays(30);
        }
        Period period = new Period(start(from), start(to));
        problem = period.problemFor(by);
        if (problem != null) {
            rows = List.of();
            return;
        }
        rows = compliance.compliance(by, period);
        byCategory = by == Grouping.CATEGORY ? rows : compliance.compliance(Grouping.CATEGORY, period);
        kpis = kpiReport.kpis(period);
        breaches = breachList.page(period, 0, 50);
        breachCount = breachList.count(period);
        numbers = numberAudit.account(period);
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(windows.timeZone()).toInstant();
    }

    /** Re-derives the period's figures, a month at most (a longer period is refused on the screen as on the API). */
    public void recompute() {
        Period period = new Period(start(from), start(to));
        problem = period.problemFor(null);
        if (problem == null && java.time.Duration.between(period.from(), period.to()).compareTo(Recompute.LONGEST_PERIOD) > 0) {
            problem = Screens.text("audit.recomputeTooLong");
        }
        recomputed = problem == null ? recompute.period(period, 1000) : null;
    }

    public void verify() {
        verification = verifier.verifyAll();
    }

    /** A share as a whole percentage for the bars, 0 when nothing is decided. */
    public long percent(ComplianceReport.Row row) {
        return row.percent() == null ? 0 : row.percent();
    }

    /** The share met per group, as a chart (the compliance table holds the same numbers). */
    public String getShareChart() {
        return ComplianceCharts.share(by, rows, this::groupLabel, Screens.text("audit.share"));
    }

    /** Breaches per category, as a chart beside its table. */
    public String getBreachChart() {
        return ComplianceCharts.breachesByCategory(byCategory, group -> Screens.text("category." + group),
                Screens.text("sla.BREACHED"), Screens.text("sla.OVERDUE"));
    }

    public List<ComplianceReport.Row> getByCategory() {
        return byCategory;
    }

    /** A group's name as people read it: teams, categories, channels and complexities as labels, not codes. */
    public String groupLabel(String group) {
        return switch (by) {
            case TEAM -> teamLabels.of(group);
            case CATEGORY -> Screens.text("category." + group);
            case CHANNEL -> Screens.text("channel." + group);
            case COMPLEXITY -> Screens.text("complexity.short." + group);
            default -> group;
        };
    }

    public Grouping[] getGroupings() {
        return Grouping.values();
    }

    public String getExportQuery() {
        return "by=" + by.name().toLowerCase() + "&from=" + start(from) + "&to=" + start(to);
    }

    public Grouping getBy() {
        return by;
    }

    public void setBy(Grouping by) {
        this.by = by;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<ComplianceReport.Row> getRows() {
        return rows;
    }

    public KpiReport.Kpis getKpis() {
        return kpis;
    }

    public List<BreachList.Breach> getBreaches() {
        return breaches;
    }

    public long getBreachCount() {
        return breachCount;
    }

    public NumberAudit.Account getNumbers() {
        return numbers;
    }

    public Recompute.PeriodResult getRecomputed() {
        return recomputed;
    }

    public HistoryVerifier.Result getVerification() {
        return verification;
    }

    public String getProblem() {
        return problem;
    }
}
