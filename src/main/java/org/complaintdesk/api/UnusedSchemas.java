package org.complaintdesk.api;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Drops the schema components that no operation reaches, for {@link OpenApiTidying}. Payara makes a component of
 * every record of the scanned package, though it describes most answers inline, and the tidying replaces a few
 * answers by their full description: components left over would only be noise to a reader and a linter.
 */
final class UnusedSchemas {

    private UnusedSchemas() {
    }

    static void drop(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Deque<Schema> pending = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            parameters(item.getParameters(), pending);
            item.getOperations().values().forEach(operation -> operation(operation, pending));
        });
        Set<String> used = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && components.get(name) != null) {
                    pending.push(components.get(name));
                }
            }
            add(schema.getProperties() == null ? null : schema.getProperties().values(), pending);
            add(schema.getAllOf(), pending);
            add(schema.getAnyOf(), pending);
            add(schema.getOneOf(), pending);
            add(Arrays.asList(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot()), pending);
        }
        components.keySet().stream().filter(name -> !used.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void operation(Operation operation, Deque<Schema> pending) {
        parameters(operation.getParameters(), pending);
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent(), pending);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                content(response.getContent(), pending);
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header -> add(Arrays.asList(header.getSchema()), pending));
                }
            });
        }
    }

    private static void parameters(List<Parameter> parameters, Deque<Schema> pending) {
        if (parameters != null) {
            parameters.forEach(parameter -> {
                add(Arrays.asList(parameter.getSchema()), pending);
                content(parameter.getContent(), pending);
            });
        }
    }

    private static void content(Content content, Deque<Schema> pending) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> add(Arrays.asList(media.getSchema()), pending));
        }
    }

    private static void add(Collection<Schema> schemas, Deque<Schema> pending) {
        if (schemas != null) {
            schemas.stream().filter(schema -> schema != null).forEach(pending::push);
        }
    }
}
