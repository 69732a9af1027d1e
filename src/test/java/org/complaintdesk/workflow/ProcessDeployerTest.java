package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessDeployerTest {

    @Test
    void findsEveryPackagedBpmnFileOfTheTopLevelFolder() {
        assertThat(ProcessDeployer.packagedResources(ProcessDeployerTest.class.getClassLoader()))
                .contains(ComplaintProcess.RESOURCE).allMatch(name -> name.startsWith("processes/") && name.endsWith(".bpmn20.xml"));
    }

    @Test
    void findsThemInAFolderAndInAJarAlike(@TempDir Path temp) throws Exception {
        Path classes = Files.createDirectories(temp.resolve("classes/processes/sub"));
        Files.writeString(classes.getParent().resolve("a.bpmn20.xml"), "<x/>");
        Files.writeString(classes.getParent().resolve("b.bpmn"), "<x/>");
        Files.writeString(classes.getParent().resolve("notes.txt"), "not a process");
        Files.writeString(classes.resolve("nested.bpmn20.xml"), "<x/>");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.resolve("classes").toUri().toURL()}, null)) {
            assertThat(ProcessDeployer.packagedResources(loader)).containsExactly("processes/a.bpmn20.xml", "processes/b.bpmn");
        }
        Path jar = temp.resolve("p.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"processes/", "processes/c.bpmn20.xml", "processes/readme.md"}) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    ((OutputStream) out).write("<x/>".getBytes());
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(ProcessDeployer.packagedResources(loader)).containsExactly("processes/c.bpmn20.xml");
        }
    }
}
