package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.EscalationSteps;
import org.complaintdesk.complaint.WorkQueries;
import org.complaintdesk.complaint.WorkQueries.AgentLoad;
import org.complaintdesk.complaint.WorkQueries.WorkItem;
import org.complaintdesk.security.CurrentActor;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The work lists, paged in the database so that hundreds of open complaints render at once: an agent's
 * "My work", a team lead's (or supervisor's) escalation queue with claim, and the team board.
 */
@Named
@ViewScoped
public class WorkListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Complaints due within this are marked "due soon" on the board. */
    static final Duration DUE_SOON = Duration.ofMinutes(30);

    @Inject
    WorkQueries work;

    @Inject
    EscalationSteps escalationSteps;

    @Inject
    CurrentActor current;

    private final LazyDataModel<WorkItem> myWork = new Page() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) work.countMyWork(current.actor());
        }

        @Override
        public List<WorkItem> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return work.myWork(current.actor(), first, size);
        }
    };

    private final LazyDataModel<WorkItem> escalations = new Page() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) work.countEscalations(current.actor());
        }

        @Override
        public List<WorkItem> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return work.escalations(current.actor(), first, size);
        }
    };

    /** A lazy page of work items, keyed by complaint number. */
    private abstract static class Page extends LazyDataModel<WorkItem> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getRowKey(WorkItem item) {
            return item.complaint().getNumber() + "/" + item.taskKey();
        }
    }

    public void claim(String number) {
        Screens.attempt("queueForm", () -> {
            escalationSteps.claim(number, current.actor());
            Screens.info("queue.claimed");
        });
    }

    public LazyDataModel<WorkItem> getMyWork() {
        return myWork;
    }

    public LazyDataModel<WorkItem> getEscalations() {
        return escalations;
    }

    public List<AgentLoad> getBoard() {
        return work.board(current.actor(), DUE_SOON);
    }
}
