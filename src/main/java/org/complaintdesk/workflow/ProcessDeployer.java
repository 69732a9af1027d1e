package org.complaintdesk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;

/**
 * Deploys every packaged BPMN file (the top-level processes/ folder) and, if configured, those of an extra
 * folder. Duplicate filtering makes a restart with unchanged files create no new process version.
 */
@ApplicationScoped
public class ProcessDeployer {

    private static final Logger LOG = Logger.getLogger(ProcessDeployer.class.getName());

    /** The classpath folder the top-level processes/ folder is packaged into. */
    static final String PACKAGED_FOLDER = "processes";

    @Inject
    RepositoryService repositoryService;

    @Inject
    @ConfigProperty(name = "desk.processes.extra-dir")
    Optional<String> extraDir;

    private volatile String complaintProcessDefinitionId;

    /** The complaint process as this desk deployed it at start (or found it deployed, unchanged). */
    public String complaintProcessDefinitionId() {
        String id = complaintProcessDefinitionId;
        if (id == null) {
            throw new IllegalStateException("the processes are not deployed yet");
        }
        return id;
    }

    public void deployAll() {
        DeploymentBuilder packaged = repositoryService.createDeployment()
                .name("complaint-desk").enableDuplicateFiltering();
        List<String> resources = packagedResources(ProcessDeployer.class.getClassLoader());
        if (!resources.contains(ComplaintProcess.RESOURCE)) {
            throw new IllegalStateException("The complaint process is missing from the WAR: " + ComplaintProcess.RESOURCE);
        }
        resources.forEach(packaged::addClasspathResource);
        Deployment deployment = packaged.deploy();
        complaintProcessDefinitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .processDefinitionKey(ComplaintProcess.KEY).singleResult().getId();
        report(deployment);
        extraDir.filter(dir -> !dir.isBlank()).ifPresent(dir -> deployFolder(Path.of(dir)));
    }

    /** Every BPMN file packaged under processes/ (an exploded WAR's folder, or a jar's entries). */
    static List<String> packagedResources(ClassLoader loader) {
        URL folder = loader.getResource(PACKAGED_FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false); // our own JarFile to close, not the class loader's shared one
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(JarEntry::getName).filter(ProcessDeployer::isPackagedBpmn).sorted().toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(f -> PACKAGED_FOLDER + "/" + f.getFileName()).filter(ProcessDeployer::isPackagedBpmn).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the packaged processes at " + folder, e);
        }
    }

    private static boolean isPackagedBpmn(String name) {
        return name.startsWith(PACKAGED_FOLDER + "/") && name.indexOf('/', PACKAGED_FOLDER.length() + 1) < 0
                && (name.endsWith(".bpmn20.xml") || name.endsWith(".bpmn"));
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
