package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Complexity;
import org.complaintdesk.complaint.CustomerLanguage;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;

/**
 * The API description at /openapi as integrators' tools take it: swagger-parser, which most validators and client
 * generators build on, reads it without a message, and what a generated client needs is there: unique operation ids,
 * required path parameters, a schema for every body, times as date-time texts and the values of each enumeration.
 */
class OpenApiIT {

    private final DeskServer desk = SharedDesk.server();

    @Test
    void swaggerParserReadsTheYamlAndTheJsonWithoutAMessage() {
        HttpResponse<String> yaml = new DeskClient(desk).get("/openapi");
        HttpResponse<String> json = new DeskClient(desk).get("/openapi?format=JSON");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        for (String document : List.of(yaml.body(), json.body())) {
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, new ParseOptions());
            assertThat(result.getMessages()).isEmpty();
            assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/complaints", "/api/channel/complaints");
        }
        assertThat(yaml.body()).doesNotContain("\nendpoints:");
    }

    @Test
    void aClientThatAcceptsOnlyYamlGetsTheYaml() {
        for (String accept : List.of("application/yaml", "application/yaml, application/json;q=0.5", "text/yaml")) {
            HttpResponse<String> yaml = new DeskClient(desk).get("/openapi", "Accept", accept);
            assertThat(yaml.statusCode()).as(accept).isEqualTo(200);
            assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
            assertThat(yaml.body()).startsWith("openapi: 3.");
        }
        HttpResponse<String> json = new DeskClient(desk).get("/openapi", "Accept", "application/json");
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void operationIdsAreUniqueAndPathParametersRequired() {
        List<String> ids = new ArrayList<>();
        List<String> optionalPathParameters = new ArrayList<>();
        eachOperation(document(), (name, operation) -> {
            ids.add(operation.getOperationId());
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> "path".equals(p.getIn()) && !Boolean.TRUE.equals(p.getRequired()))
                        .map(Parameter::getName).forEach(p -> optionalPathParameters.add(name + " " + p));
            }
        });
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().contains("log", "logFromChannel");
        assertThat(optionalPathParameters).isEmpty();
    }

    @Test
    void everyRequestBodyAndAnswerHasASchema() {
        OpenAPI api = document();
        List<String> bodiesWithoutFields = new ArrayList<>();
        List<String> answersWithoutSchema = new ArrayList<>();
        List<String> bodiesWithoutTheirLimit = new ArrayList<>();
        eachOperation(api, (name, operation) -> {
            if (operation.getRequestBody() != null) {
                if (!operation.getResponses().containsKey("413")) {
                    bodiesWithoutTheirLimit.add(name);
                }
                operation.getRequestBody().getContent().forEach((type, media) -> {
                    // a step's body is any of the steps' bodies
                    Schema<?> schema = resolve(api, media.getSchema());
                    List<Schema> choices = schema != null && schema.getAnyOf() != null ? schema.getAnyOf() : List.of(schema);
                    if (choices.stream().map(choice -> resolve(api, choice)).anyMatch(choice -> properties(choice).isEmpty())) {
                        bodiesWithoutFields.add(name + " " + type);
                    }
                });
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        Schema<?> schema = resolve(api, media.getSchema());
                        // a bare object tells a client nothing
                        if (schema == null || type.contains("json") && "object".equals(schema.getType())
                                && properties(schema).isEmpty() && schema.getAdditionalProperties() == null) {
                            answersWithoutSchema.add(name + " " + status + " " + type);
                        }
                    });
                }
            });
        });
        assertThat(bodiesWithoutFields).isEmpty();
        assertThat(answersWithoutSchema).isEmpty();
        assertThat(bodiesWithoutTheirLimit).as("operations with a body but no 413").isEmpty();
    }

    /**
     * The examples are data (META-INF/openapi.yaml): each one an operation shows is there, and the answers every
     * operation can give from outside its resource are the shared ones: the login's 401 and 429 (an API key under
     * /api/channel/ has its own 401), the 413 of a body, the 404 of a complaint's number.
     */
    @Test
    void examplesAreNamedComponentsAndStandardAnswersAreShared() {
        OpenAPI api = document();
        List<String> missing = new ArrayList<>();
        eachOperation(api, (name, operation) -> {
            List<io.swagger.v3.oas.models.media.Content> contents = new ArrayList<>();
            if (operation.getRequestBody() != null) {
                contents.add(operation.getRequestBody().getContent());
            }
            operation.getResponses().values().forEach(response -> contents.add(response.getContent()));
            contents.stream().filter(content -> content != null).flatMap(content -> content.values().stream())
                    .filter(media -> media.getExamples() != null).forEach(media -> media.getExamples().forEach((key, example) -> {
                        if (example.get$ref() == null ? example.getValue() == null
                                : !api.getComponents().getExamples().containsKey(example.get$ref().substring("#/components/examples/".length()))) {
                            missing.add(name + " " + key);
                        }
                    }));
            String path = name.substring(name.indexOf(' ') + 1);
            if (!path.startsWith("/api/channel/")) {
                assertThat(operation.getResponses().get("401").get$ref()).as(name).isEqualTo("#/components/responses/Unauthorized");
                assertThat(operation.getResponses().get("429").get$ref()).as(name).isEqualTo("#/components/responses/TooManyWrongCredentials");
            }
            if (operation.getRequestBody() != null) {
                assertThat(operation.getResponses().get("413").get$ref()).as(name).isEqualTo("#/components/responses/TooLarge");
            }
            if (path.contains("{number}")) {
                assertThat(operation.getResponses()).as(name).containsKey("404");
            }
        });
        assertThat(missing).as("examples without a value").isEmpty();
        assertThat(api.getComponents().getExamples()).containsKeys("newComplaint", "problemRole", "unauthorized");
        assertThat(api.getComponents().getExamples().get("newComplaint").getValue()).asString().contains("Wang");
        assertThat(api.getComponents().getResponses().get("UnknownComplaint").getDescription()).isEqualTo("No complaint has this number");
    }

    /**
     * Nested too, in the components and in the answers described in place: a list's items and a map's values are
     * described, never a bare object a client cannot type; and no component is left that nothing uses.
     */
    @Test
    void noFieldOfAnySchemaIsABareObjectAndEveryComponentIsUsed() {
        OpenAPI api = document();
        List<String> bare = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> collectBareObjects(name, schema, bare));
        eachOperation(api, (name, operation) -> {
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        if (type.contains("json")) {
                            collectBareObjects(name + " " + status, media.getSchema(), bare);
                        }
                    });
                }
            });
        });
        assertThat(bare).as("fields typed as a bare object").isEmpty();

        String json = new DeskClient(desk).get("/openapi?format=JSON").body();
        List<String> unused = api.getComponents().getSchemas().keySet().stream()
                .filter(component -> !json.contains("\"#/components/schemas/" + component + "\"")).toList();
        assertThat(unused).as("components nothing refers to").isEmpty();
    }

    @SuppressWarnings("rawtypes")
    private static void collectBareObjects(String where, Schema<?> schema, List<String> bare) {
        if (schema == null || schema.get$ref() != null) {
            return; // a component is checked as itself
        }
        if ("array".equals(schema.getType())) {
            collectBareObjects(where + "[]", schema.getItems(), bare);
            return;
        }
        boolean composed = schema.getAnyOf() != null || schema.getOneOf() != null || schema.getAllOf() != null;
        if ((schema.getType() == null || "object".equals(schema.getType())) && !composed && properties(schema).isEmpty()
                && !(schema.getAdditionalProperties() instanceof Schema)) {
            bare.add(where);
            return;
        }
        properties(schema).forEach((field, property) -> collectBareObjects(where + "." + field, property, bare));
        if (schema.getAdditionalProperties() instanceof Schema values) {
            collectBareObjects(where + "{}", values, bare);
        }
    }

    @Test
    void timesAreDateTimeTextsAndEnumerationsListTheirValues() {
        OpenAPI api = document();
        List<String> timesNotDateTime = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> properties(schema).forEach((field, property) -> {
            Schema<?> resolved = resolve(api, property);
            if (field.matches("at|since|due|deadline|.*(At|Deadline|Since)")
                    && !("string".equals(resolved.getType()) && "date-time".equals(resolved.getFormat()))) {
                timesNotDateTime.add(name + "." + field);
            }
        }));
        assertThat(timesNotDateTime).as("times that are not date-time texts").isEmpty();

        Map<String, Schema> complaint = properties(api.getComponents().getSchemas().get("ComplaintView"));
        for (String time : List.of("receivedAt", "replyDeadline", "pausedSince", "repliedAt", "closedAt")) {
            assertThat(resolve(api, complaint.get(time)).getType()).as(time).isEqualTo("string");
            assertThat(resolve(api, complaint.get(time)).getFormat()).as(time).isEqualTo("date-time");
        }
        assertThat(choices(complaint.get("status"))).as("status").containsExactlyElementsOf(names(ComplaintStatus.values()));
        assertThat(choices(complaint.get("channel"))).as("channel").containsExactlyElementsOf(names(Channel.values()));
        assertThat(choices(complaint.get("category"))).as("category").containsExactlyElementsOf(names(Category.values()));
        assertThat(choices(complaint.get("complexity"))).as("complexity").containsExactlyElementsOf(names(Complexity.values()));
        assertThat(choices(complaint.get("customerLanguage"))).as("customerLanguage")
                .containsExactlyElementsOf(names(CustomerLanguage.values()));
    }

    /** What a client generated from the document sends to log a complaint: each field with its type. */
    @Test
    void theIntakeBodiesAreDescribedFieldByField() {
        OpenAPI api = document();
        for (String path : List.of("/api/complaints", "/api/channel/complaints")) {
            MediaType media = api.getPaths().get(path).getPost().getRequestBody().getContent().get("application/json");
            Schema<?> body = resolve(api, media.getSchema());
            Map<String, Schema> fields = properties(body);
            assertThat(fields.keySet()).as(path).containsExactlyInAnyOrder("channel", "customerSurname", "formOfAddress",
                    "contactPhone", "contactEmail", "accountOrOrderNumber", "category", "complexity", "customerAccount",
                    "keyProblem", "desiredResolution", "complainedEmployeeNumber", "customerLanguage");
            Map<String, String> types = new TreeMap<>();
            fields.forEach((name, field) -> types.put(name, field.getType()));
            assertThat(types).as(path).allSatisfy((name, type) -> assertThat(type).as(name).isEqualTo("string"));
            assertThat(choices(fields.get("channel"))).containsExactlyElementsOf(names(Channel.values()));
            assertThat(choices(fields.get("category"))).containsExactlyElementsOf(names(Category.values()));
            assertThat(choices(fields.get("complexity"))).containsExactlyElementsOf(names(Complexity.values()));
            assertThat(choices(fields.get("customerLanguage"))).containsExactlyElementsOf(names(CustomerLanguage.values()));
            assertThat(fields.get("customerSurname").getMaxLength()).isEqualTo(100);
            assertThat(fields.get("customerAccount").getMaxLength()).isEqualTo(4000);
            assertThat(body.getRequired()).as(path).contains("channel", "customerSurname", "contactPhone", "category", "complexity",
                    "customerAccount");
        }
    }

    private OpenAPI document() {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(new DeskClient(desk).get("/openapi").body(), null,
                new ParseOptions());
        return result.getOpenAPI();
    }

    private static void eachOperation(OpenAPI api, BiConsumer<String, Operation> action) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> action.accept(method + " " + path, operation)));
    }

    /** The schema itself, or the component it refers to. */
    @SuppressWarnings("rawtypes")
    private static Schema resolve(OpenAPI api, Schema<?> schema) {
        if (schema != null && schema.get$ref() != null) {
            return api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        return schema;
    }

    @SuppressWarnings("rawtypes")
    /** A field's allowed values, as the document writes them. */
    private static List<String> choices(Schema<?> field) {
        return field.getEnum().stream().map(String::valueOf).toList();
    }

    private static Map<String, Schema> properties(Schema<?> schema) {
        return schema == null || schema.getProperties() == null ? Map.of() : schema.getProperties();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
