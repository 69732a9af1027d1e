package org.complaintdesk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;

/**
 * Deploys the packaged BPMN files (the top-level processes/ folder) and, if configured, those of an extra
 * folder. Duplicate filtering makes a restart with unchanged files create no new process version.
 */
@ApplicationScoped
public class ProcessDeployer {

    private static final Logger LOG = Logger.getLogger(ProcessDeployer.class.getName());

    /** The packaged process files; every BPMN file in processes/ must be listed here. */
    static final List<String> PACKAGED = List.of(ComplaintProcess.RESOURCE);

    @Inject
    RepositoryService repositoryService;

    @Inject
    @ConfigProperty(name = "desk.processes.extra-dir")
    Optional<String> extraDir;

    public void deployAll() {
        DeploymentBuilder packaged = repositoryService.createDeployment()
                .name("complaint-desk").enableDuplicateFiltering();
        ClassLoader loader = ProcessDeployer.class.getClassLoader();
        for (String resource : PACKAGED) {
            if (loader.getResource(resource) != null) {
                packaged.addClasspathResource(resource);
            } else {
                LOG.warning(() -> "Process file missing from the WAR: " + resource);
            }
        }
        report(packaged.deploy());
        extraDir.filter(dir -> !dir.isBlank()).ifPresent(dir -> deployFolder(Path.of(dir)));
    }

    private void deployFolder(Path folder) {
        DeploymentBuilder extra = repositoryService.createDeployment()
                .name("extra:" + folder.getFileName()).enableDuplicateFiltering();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn20.xml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    extra.addBytes(file.getFileName().toString(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read desk.processes.extra-dir=" + folder, e);
        }
        report(extra.deploy());
    }

    private void report(Deployment deployment) {
        long definitions = repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).count();
        LOG.info(() -> "Processes deployed: " + deployment.getName() + " (deployment " + deployment.getId()
                + ", " + definitions + " definition(s))");
    }
}
