package org.complaintdesk;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The desk's packages form layers, each using only those below it (docs/ARCHITECTURE.md says why each sits
 * where it does). Only the production classes are checked: a test may reach across layers to set up its case.
 */
class ArchitectureTest {

    private static final JavaClasses DESK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.complaintdesk");

    /** Every layer below the screens, the API and the desk's own running: none of them speaks HTTP or draws a page. */
    private static final String[] BELOW_THE_TOP = {
            "org.complaintdesk.accesstoken..", "org.complaintdesk.attention..", "org.complaintdesk.integration..",
            "org.complaintdesk.broadcast..", "org.complaintdesk.notification..", "org.complaintdesk.admin..",
            "org.complaintdesk.complaint..", "org.complaintdesk.sla..", "org.complaintdesk.workflow..",
            "org.complaintdesk.security..", "org.complaintdesk.platform.."};

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Screens, API, operations").definedBy("org.complaintdesk.web..", "org.complaintdesk.api..",
                        "org.complaintdesk.operations..")
                .layer("Services").definedBy("org.complaintdesk.accesstoken..", "org.complaintdesk.attention..",
                        "org.complaintdesk.integration..", "org.complaintdesk.broadcast..", "org.complaintdesk.notification..")
                .layer("Admin").definedBy("org.complaintdesk.admin..")
                .layer("Complaint").definedBy("org.complaintdesk.complaint..")
                .layer("SLA").definedBy("org.complaintdesk.sla..")
                .layer("Workflow").definedBy("org.complaintdesk.workflow..")
                .layer("Security").definedBy("org.complaintdesk.security..")
                .layer("Platform").definedBy("org.complaintdesk.platform..")
                .whereLayer("Screens, API, operations").mayNotBeAccessedByAnyLayer()
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Screens, API, operations")
                .whereLayer("Admin").mayOnlyBeAccessedByLayers("Services", "Screens, API, operations")
                .whereLayer("Complaint").mayOnlyBeAccessedByLayers("Admin", "Services", "Screens, API, operations")
                .whereLayer("SLA").mayOnlyBeAccessedByLayers("Complaint", "Admin", "Services", "Screens, API, operations")
                .whereLayer("Workflow").mayOnlyBeAccessedByLayers("SLA", "Complaint", "Admin", "Services", "Screens, API, operations")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("SLA", "Complaint", "Admin", "Services", "Screens, API, operations")
                .whereLayer("Platform").mayOnlyBeAccessedByLayers("Workflow", "Security", "SLA", "Complaint", "Admin", "Services",
                        "Screens, API, operations")
                .check(DESK);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("org.complaintdesk.(*)..").should().beFreeOfCycles().check(DESK);
    }

    @Test
    void belowTheTopNoClassUsesRestFacesOrOpenApiTypes() {
        noClasses().that().resideInAnyPackage(BELOW_THE_TOP)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..",
                        "org.eclipse.microprofile.openapi..")
                .because("the domain is used the same way by the screens, the API and the jobs, so it speaks none of their types")
                .check(DESK);
    }
}
