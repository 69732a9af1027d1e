package org.complaintdesk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;

/** The BPMN diagram of one process instance as a PNG, with the steps and flows it took highlighted. */
@ApplicationScoped
public class ProcessDiagram {

    @Inject
    RepositoryService repositoryService;

    @Inject
    HistoryService historyService;

    public byte[] png(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        BpmnModel model = repositoryService.getBpmnModel(instance.getProcessDefinitionId());
        List<HistoricActivityInstance> path = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list();
        List<String> steps = path.stream().filter(a -> !"sequenceFlow".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityId).distinct().toList();
        List<String> flows = path.stream().filter(a -> "sequenceFlow".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityId).distinct().toList();
        try (InputStream image = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", steps, flows,
                "SansSerif", "SansSerif", "SansSerif", ProcessDiagram.class.getClassLoader(), 1.0, true)) {
            return image.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the process diagram", e);
        }
    }
}
