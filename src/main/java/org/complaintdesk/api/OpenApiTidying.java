package org.complaintdesk.api;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Tidies what Payara makes of the OpenAPI annotations (registered as mp.openapi.filter): an example written as JSON
 * text ({@link ApiExamples}) becomes JSON in the document instead of a string; a schema built from an
 * annotation loses the annotation's unset defaults, among them {@code maxProperties: 0}, which would allow no
 * property at all; and every operation gets the one 401 answer of the login (Payara ignores {@code @APIResponse}
 * on a class, so this is the one place instead of a copy on each method).
 */
public class OpenApiTidying implements OASFilter {

    /**
     * Found once: each Json.create... call looks the provider up with a service-loader search (27 % of the job threads'
     * CPU in a timer burst, BENCHMARKS.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null && responses.getAPIResponse("401") == null) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description(ApiExamples.UNAUTHORIZED)
                    .content(OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON, OASFactory.createMediaType()
                            .addExample("unauthorized", OASFactory.createExample().value(json(ApiExamples.PROBLEM_UNAUTHORIZED))))));
        }
        return operation;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        examplesAsJson(body.getContent());
        return body;
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        examplesAsJson(response.getContent());
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
