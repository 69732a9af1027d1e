package org.complaintdesk.api;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Tidies what Payara makes of the OpenAPI annotations (registered as mp.openapi.filter): an example written as JSON
 * text ({@link ApiExamples}) becomes JSON in the document instead of a string; a schema built from an
 * annotation loses the annotation's unset defaults, among them {@code maxProperties: 0}, which would allow no
 * property at all; every operation gets the one 401 answer of the login, and each that takes a body the 413 of
 * {@link BodySizeLimit} (Payara ignores {@code @APIResponse} on a class, so this is the one place instead of a copy
 * on each method); every error body is a Problem, a CSV file or a picture a text.
 * For the whole document: every path parameter is required, each tag is listed once, no server address ends in
 * '/', Payara's own list of endpoints (not OpenAPI) and the components no operation uses are dropped
 * ({@link UnusedSchemas}), and what Payara cannot see comes from {@link ApiSchemas}: the request bodies, the answers
 * of records outside the scanned package and the values of
 * enumerated texts; so that validators and client generators take the document as it is.
 */
public class OpenApiTidying implements OASFilter {

    /**
     * Found once: each Json.create... call looks the provider up with a service-loader search (27 % of the job threads'
     * CPU in a timer burst, BENCHMARKS.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The schema of every error body ({@link ApiViews.Problem}). */
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null && responses.getAPIResponse("401") == null) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description(ApiExamples.UNAUTHORIZED)
                    .content(OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM))
                            .addExample("unauthorized", OASFactory.createExample().value(json(ApiExamples.PROBLEM_UNAUTHORIZED))))));
        }
        if (responses != null && operation.getRequestBody() != null && responses.getAPIResponse("413") == null) {
            responses.addAPIResponse("413", OASFactory.createAPIResponse().description("The body is over 1 MiB (BodySizeLimit); nothing was read or stored")
                    .content(OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM)))));
        }
        return operation;
    }

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
        bodySchemas(openAPI);
        answerSchemas(openAPI);
        enumerations(openAPI);
        UnusedSchemas.drop(openAPI);
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
    public RequestBody filterRequestBody(RequestBody body) {
        examplesAsJson(body.getContent());
        return body;
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        examplesAsJson(response.getContent());
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

    private static void examplesAsJson(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((mediaType, media) -> {
            if (mediaType.contains("json") && media.getExamples() != null) {
                media.getExamples().values().forEach(example -> {
                    if (example.getValue() instanceof String text) {
                        example.setValue(json(text));
                    }
                });
            }
        });
    }

    /** The JSON text as maps, lists, strings, numbers and booleans; the text itself when it is not JSON. */
    private static Object json(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (JsonException notJson) {
            return text;
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((name, member) -> map.put(name, plain(member)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(OpenApiTidying::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }
}
