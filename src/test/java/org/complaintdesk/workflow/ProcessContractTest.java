package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.ComplaintProcessHooks;
import org.complaintdesk.workflow.ComplaintProcess.Decision;
import org.complaintdesk.workflow.ComplaintProcess.Route;
import org.junit.jupiter.api.Test;

/**
 * The contract between the BPMN file and the Java code is enums: every value a gateway's condition compares a
 * variable with, and every name a service task or timer passes to a hook, is a constant of its enum, so a renamed
 * constant cannot leave a flow that is never taken or a hook call that fails when it fires.
 */
class ProcessContractTest {

    private static final Pattern COMPARISON = Pattern.compile("\\b(\\w+) == '(\\w+)'");
    private static final Pattern HOOK_CALL = Pattern.compile(
            "\\$\\{" + ComplaintProcess.HOOKS_BEAN + "\\.(\\w+)\\(execution, '(\\w+)'\\)}");

    @Test
    void everyValueAGatewayTestsIsAConstantOfItsEnum() throws IOException {
        String bpmn = Files.readString(Path.of(ComplaintProcess.RESOURCE));
        Set<String> compared = new TreeSet<>();
        Matcher comparison = COMPARISON.matcher(bpmn);
        while (comparison.find()) {
            String variable = comparison.group(1);
            String value = comparison.group(2);
            compared.add(variable);
            Set<String> allowed = switch (variable) {
                case ComplaintProcess.VAR_ROUTE -> names(Route.values());
                case ComplaintProcess.VAR_DECISION -> names(Decision.values());
                case ComplaintProcess.VAR_CATEGORY -> names(Category.values());
                default -> Set.of();
            };
            assertThat(allowed).as("%s == '%s' in %s", variable, value, ComplaintProcess.RESOURCE).contains(value);
        }
        assertThat(compared).containsExactlyInAnyOrder(ComplaintProcess.VAR_ROUTE, ComplaintProcess.VAR_DECISION,
                ComplaintProcess.VAR_CATEGORY);
    }

    @Test
    void everyNameAHookIsCalledWithIsAConstantOfTheHooksEnum() throws IOException {
        String bpmn = Files.readString(Path.of(ComplaintProcess.RESOURCE));
        Matcher call = HOOK_CALL.matcher(bpmn);
        int calls = 0;
        while (call.find()) {
            String method = call.group(1);
            String value = call.group(2);
            Class<?> parameter = Arrays.stream(ComplaintProcessHooks.class.getMethods())
                    .filter(m -> m.getName().equals(method) && m.getParameterCount() == 2)
                    .map(m -> m.getParameterTypes()[1]).findFirst()
                    .orElseThrow(() -> new AssertionError("no hook " + method + "(execution, name)"));
            assertThat(parameter.isEnum()).as("%s takes an enum", method).isTrue();
            assertThat(names((Enum<?>[]) parameter.getEnumConstants())).as("%s(execution, '%s')", method, value).contains(value);
            calls++;
        }
        assertThat(calls).as("hook calls with a name").isGreaterThan(10);
    }

    private static Set<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
    }
}
