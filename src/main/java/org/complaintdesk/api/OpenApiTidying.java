package org.complaintdesk.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Tidies what Payara makes of the OpenAPI annotations and of META-INF/openapi.yaml (registered as mp.openapi.filter):
 * an example an annotation names is the one of the same name in components.examples; a schema built from an
 * annotation loses the annotation's unset defaults, among them {@code maxProperties: 0}, which would allow no
 * property at all; every operation gets the standard answers it can give from outside its resource (the login's 401
 * and 429, the 413 of {@link BodySizeLimit}, the 404 of a path parameter; components.responses); every error body is
 * a Problem, a CSV file or a picture a text.
 * For the whole document: every path parameter is required, each tag is listed once, no server address ends in
 * '/', Payara's own list of endpoints (not OpenAPI) and the components no operation uses are dropped
 * ({@link UnusedSchemas}), and what Payara cannot see comes from {@link ApiSchemas}: the request bodies, the answers
 * of records outside the scanned package and the values of
 * enumerated texts; so that validators and client generators take the document as it is.
 */
public class OpenApiTidying implements OASFilter {

    /** The schema of every error body ({@link ApiViews.Problem}). */
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(OpenApiTidying::pathParametersRequired);
        }
        if (openAPI.getTags() != null) {
            openAPI.setTags(tagsOnce(openAPI.getTags()));
        }
        if (openAPI.getServers() != null) {
            for (Server server : openAPI.getServers()) {
                if (server.getUrl() != null && server.getUrl().length() > 1 && server.getUrl().endsWith("/")) {
                    server.setUrl(server.getUrl().substring(0, server.getUrl().length() - 1));
                }
            }
        }
        withoutEndpoints(openAPI);
        standardAnswers(openAPI);
        examplesByName(openAPI);
        withoutUnusedAnswersAndExamples(openAPI);
        bodySchemas(openAPI);
        answerSchemas(openAPI);
        enumerations(openAPI);
        UnusedSchemas.drop(openAPI);
    }

    /**
     * The answers that come from outside the resources, added to each operation that can give them unless it says
     * more itself: the 401 of the login and the 429 of its throttle (not under /api/channel/, whose API key has its
     * own 401), the 413 of {@link BodySizeLimit} where there is a body, and the 404 of a path parameter nothing has
     * (the complaint's own for a {number}). Payara ignores {@code @APIResponse} on a class, so this is the one place
     * instead of a copy on each method; the answers themselves are components.responses of META-INF/openapi.yaml.
     */
    private static void standardAnswers(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                return;
            }
            if (!path.startsWith("/api/channel/")) {
                answer(responses, "401", "Unauthorized");
                answer(responses, "429", "TooManyWrongCredentials");
            }
            if (operation.getRequestBody() != null) {
                answer(responses, "413", "TooLarge");
            }
            if (path.contains("{number}")) {
                answer(responses, "404", "UnknownComplaint");
            } else if (path.contains("{")) {
                answer(responses, "404", "NotFound");
            }
        }));
    }

    private static void answer(APIResponses responses, String status, String name) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
        }
    }

    /**
     * An annotation names its example, {@code @ExampleObject(name = "problemRole")}, and the example itself is
     * components.examples.problemRole of META-INF/openapi.yaml (Payara drops the annotation's own {@code ref}).
     */
    private static void examplesByName(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getExamples() == null) {
            return;
        }
        var named = openAPI.getComponents().getExamples().keySet();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            List<Content> contents = new ArrayList<>();
            if (operation.getRequestBody() != null) {
                contents.add(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> contents.add(response.getContent()));
            }
            contents.stream().filter(content -> content != null && content.getMediaTypes() != null)
                    .flatMap(content -> content.getMediaTypes().values().stream())
                    .filter(media -> media.getExamples() != null)
                    .forEach(media -> media.getExamples().forEach((name, example) -> {
                        if (example.getRef() == null && example.getValue() == null && named.contains(name)) {
                            example.setRef("#/components/examples/" + name);
                        }
                    }));
        }));
    }

    /** The standard answers and examples of META-INF/openapi.yaml that no operation gives, dropped. */
    private static void withoutUnusedAnswersAndExamples(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            return;
        }
        List<String> refs = new ArrayList<>();
        List<Content> contents = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                contents.add(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    refs.add(response.getRef());
                    contents.add(response.getContent());
                });
            }
        }));
        var answers = openAPI.getComponents().getResponses();
        if (answers != null) {
            // Payara's maps are read-only views: remove through the components
            List.copyOf(answers.keySet()).stream().filter(name -> !refs.contains("#/components/responses/" + name))
                    .forEach(openAPI.getComponents()::removeResponse);
            openAPI.getComponents().getResponses().values().forEach(answer -> contents.add(answer.getContent()));
        }
        contents.stream().filter(content -> content != null && content.getMediaTypes() != null)
                .flatMap(content -> content.getMediaTypes().values().stream())
                .filter(media -> media.getExamples() != null)
                .forEach(media -> media.getExamples().values().forEach(example -> refs.add(example.getRef())));
        var examples = openAPI.getComponents().getExamples();
        if (examples != null) {
            List.copyOf(examples.keySet()).stream().filter(name -> !refs.contains("#/components/examples/" + name))
                    .forEach(openAPI.getComponents()::removeExample);
        }
    }

    /** Each request body as the record it is read into ({@link ApiSchemas}), one component per record. */
    private static void bodySchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ApiSchemas.BODIES.forEach((name, type) -> openAPI.getComponents().addSchema(name, ApiSchemas.of(type)));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            List<String> bodies = ApiSchemas.BODY_OF_OPERATION.get(operation.getOperationId());
            if (bodies == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            Schema schema = bodies.size() == 1 ? reference(bodies.get(0))
                    : OASFactory.createSchema().anyOf(bodies.stream().map(OpenApiTidying::reference).toList());
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> media.setSchema(schema));
        }));
    }

    private static void answerSchemas(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            var type = ApiSchemas.ANSWER_OF_OPERATION.get(operation.getOperationId());
            if (type == null || operation.getResponses() == null) {
                return;
            }
            APIResponse ok = operation.getResponses().getAPIResponse("200");
            if (ok == null) {
                ok = operation.getResponses().getAPIResponse("201");
            }
            if (ok != null && ok.getContent() != null
                    && ok.getContent().getMediaType("application/json") != null) {
                ok.getContent().getMediaType("application/json").setSchema(ApiSchemas.answer(type));
            }
        }));
    }

    private static Schema reference(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static void enumerations(OpenAPI openAPI) {
        ApiSchemas.ENUMS.forEach((name, fields) -> {
            Schema view = openAPI.getComponents().getSchemas().get(name);
            if (view != null && view.getProperties() != null) {
                fields.forEach((field, type) -> {
                    if (view.getProperties().get(field) != null) {
                        view.getProperties().get(field).setEnumeration(ApiSchemas.values(type));
                    }
                });
            }
        });
    }

    private static void pathParametersRequired(PathItem item) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        item.getOperations().values().stream().filter(operation -> operation.getParameters() != null)
                .forEach(operation -> parameters.addAll(operation.getParameters()));
        parameters.stream().filter(parameter -> parameter.getIn() == Parameter.In.PATH)
                .forEach(parameter -> parameter.setRequired(true));
    }

    /** Payara adds a resource class's tag once per resource: one of each name, with a description when any has one. */
    private static List<Tag> tagsOnce(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag kept = byName.putIfAbsent(tag.getName(), tag);
            if (kept != null && kept.getDescription() == null) {
                kept.setDescription(tag.getDescription());
            }
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * Payara writes its map of endpoints as a top-level {@code endpoints} block, which OpenAPI does not allow, unless
     * the map is empty (null breaks its copy of the document); the setter is Payara's own, not the model interface's,
     * hence the reflective call.
     */
    private static void withoutEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException notPayaras) {
            // another implementation: no such block
        }
    }

    /** An example given in {@code @Parameter(example = "20")} is a text; a number or true/false when the parameter is one. */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getExample() instanceof String text && parameter.getSchema() != null
                && parameter.getSchema().getType() != null) {
            switch (parameter.getSchema().getType()) {
                case INTEGER -> parameter.setExample(Long.valueOf(text));
                case NUMBER -> parameter.setExample(new BigDecimal(text));
                case BOOLEAN -> parameter.setExample(Boolean.valueOf(text));
                default -> {
                }
            }
        }
        return parameter;
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
            response.getContent().getMediaTypes().forEach((mediaType, media) -> {
                if (media.getSchema() != null) {
                    return;
                }
                if (mediaType.equals(ProblemMapper.PROBLEM_JSON)) {
                    media.setSchema(OASFactory.createSchema().ref(PROBLEM));
                } else if (!mediaType.contains("json")) {
                    // a CSV file or a picture
                    media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)
                            .format(mediaType.startsWith("image/") ? "binary" : null));
                }
            });
        }
        return response;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }
}
