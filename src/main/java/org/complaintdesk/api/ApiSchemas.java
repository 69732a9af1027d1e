package org.complaintdesk.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.accesstoken.PersonalTokens;
import org.complaintdesk.admin.AdminInput.CalendarInput;
import org.complaintdesk.admin.AdminInput.WindowInput;
import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Complexity;
import org.complaintdesk.complaint.CustomerLanguage;
import org.complaintdesk.complaint.NewComplaint;
import org.complaintdesk.complaint.HandOver;
import org.complaintdesk.complaint.ComplaintTrace;
import org.complaintdesk.complaint.NumberAudit;
import org.complaintdesk.complaint.Recompute;
import org.complaintdesk.complaint.HistoryVerifier;
import org.complaintdesk.complaint.SlaState;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.integration.IntegrationKeys;
import org.complaintdesk.sla.KpiReport;
import org.complaintdesk.integration.SatisfactionSms;
import org.complaintdesk.security.Role;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * What Payara's scanner cannot see, for {@link OpenApiTidying}: the request bodies and the values of enumerated texts.
 * The methods take their body as JSON ({@link JsonInput} names each bad field), and Payara drops a schema given in
 * {@code @RequestBody} for such a parameter; so each body's schema is made here from the record JsonInput reads it
 * into, field by field as JsonInput converts it, with the record's Bean Validation rules. The answers' views carry
 * enumerations as texts; their values are listed here.
 */
final class ApiSchemas {

    /** The body records by schema name; a step's body is one of several. */
    static final Map<String, Class<? extends Record>> BODIES = ordered(
            "NewComplaint", NewComplaint.class,
            "Apology", Steps.Apology.class,
            "SuggestionForward", Steps.SuggestionForward.class,
            "StepReply", Steps.Reply.class,
            "LeadDecision", Steps.LeadDecision.class,
            "QualityReview", Steps.QualityReview.class,
            "Contact", Steps.Contact.class,
            "PauseInput", Steps.PauseInput.class,
            "ResumeInput", Steps.ResumeInput.class,
            "Reclassification", Steps.Reclassification.class,
            "Rating", Steps.Rating.class,
            "HandOverInput", Steps.HandOverInput.class,
            "NewIntegration", IntegrationKeys.NewIntegration.class,
            "NewToken", PersonalTokens.NewToken.class,
            "CalendarInput", CalendarInput.class,
            "WindowInput", WindowInput.class,
            "Retry", AttentionResource.Retry.class,
            "Move", AttentionResource.Move.class,
            "SmsReply", SatisfactionSms.Reply.class);

    /** The body schemas each operation reads, by operation id. */
    static final Map<String, List<String>> BODY_OF_OPERATION = Map.ofEntries(
            Map.entry("log", List.of("NewComplaint")),
            Map.entry("logFromChannel", List.of("NewComplaint")),
            Map.entry("complete", List.of("Apology", "SuggestionForward", "StepReply", "LeadDecision", "QualityReview")),
            Map.entry("contact", List.of("Contact")),
            Map.entry("pauseReplyClock", List.of("PauseInput")),
            Map.entry("resumeReplyClock", List.of("ResumeInput")),
            Map.entry("reclassify", List.of("Reclassification")),
            Map.entry("rate", List.of("Rating")),
            Map.entry("handOver", List.of("HandOverInput")),
            Map.entry("createApiKey", List.of("NewIntegration")),
            Map.entry("createMyToken", List.of("NewToken")),
            Map.entry("put", List.of("CalendarInput")),
            Map.entry("changeWindow", List.of("WindowInput")),
            Map.entry("retry", List.of("Retry")),
            Map.entry("move", List.of("Move")),
            Map.entry("reply", List.of("SmsReply")));

    /**
     * The answers Payara describes as bare objects, by operation id: records outside the scanned package, and records
     * holding another record or a map.
     */
    static final Map<String, Type> ANSWER_OF_OPERATION = Map.ofEntries(
            Map.entry("createApiKey", AdminApiKeyResource.CreatedKeyView.class),
            Map.entry("createMyToken", MeTokenResource.CreatedTokenView.class),
            Map.entry("verifyAll", HistoryVerifier.Result.class),
            Map.entry("verify", HistoryVerifier.Result.class),
            Map.entry("recomputePeriod", Recompute.PeriodResult.class),
            Map.entry("recomputeComplaint", AuditResource.RecomputeView.class),
            Map.entry("breaches", AuditResource.BreachPage.class),
            Map.entry("numbers", NumberAudit.Account.class),
            Map.entry("kpis", KpiReport.Kpis.class),
            Map.entry("trace", ComplaintTrace.Event[].class),
            Map.entry("listHoldings", HandOver.Holding[].class),
            Map.entry("listSlaPolicies", SlaPolicyResource.PolicyView[].class),
            Map.entry("getSlaPolicy", SlaPolicyResource.PolicyView.class),
            Map.entry("reply", SatisfactionSms.Answer.class));

    /** The enumerations behind the views' texts, by schema and field. */
    static final Map<String, Map<String, Class<? extends Enum<?>>>> ENUMS = Map.of(
            "ComplaintView", Map.of("channel", Channel.class, "category", Category.class, "complexity", Complexity.class,
                    "status", ComplaintStatus.class, "replyChannel", Channel.class, "sla", SlaState.class,
                    "customerLanguage", CustomerLanguage.class),
            "AlertView", Map.of("kind", Alert.Kind.class, "recipientRole", Role.class),
            "KeyView", Map.of("channel", Channel.class),
            "SlaView", Map.of("status", ComplaintStatus.class, "sla", SlaState.class),
            "Me", Map.of("role", Role.class));

    private ApiSchemas() {
    }

    /** The schema of a body record: each component as JsonInput reads it; required when it must not be null. */
    static Schema of(Class<? extends Record> type) {
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        for (RecordComponent component : type.getRecordComponents()) {
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException impossible) {
                throw new IllegalStateException(impossible);
            }
            schema.addProperty(component.getName(), property(component.getType(), field));
            if (field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                    || field.isAnnotationPresent(NotEmpty.class)) {
                schema.addRequired(component.getName());
            }
        }
        return schema;
    }

    static List<Object> values(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(value -> (Object) ((Enum<?>) value).name()).toList();
    }

    private static Schema property(Class<?> type, Field field) {
        Schema schema = type == List.class ? OASFactory.createSchema().type(SchemaType.ARRAY).items(scalar(String.class)) : scalar(type);
        if (schema == null) {
            throw new IllegalStateException("JsonInput reads no " + type);
        }
        Size size = field.getAnnotation(Size.class);
        if (size != null && type == String.class) {
            schema.minLength(size.min() > 0 ? size.min() : null).maxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
        } else if (size != null && type == List.class) {
            schema.minItems(size.min() > 0 ? size.min() : null).maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
        }
        Pattern pattern = field.getAnnotation(Pattern.class);
        if (pattern != null) {
            // Bean Validation matches the whole text; a JSON Schema pattern matches anywhere unless anchored
            schema.pattern("^(?:" + pattern.regexp() + ")$");
        }
        if (field.isAnnotationPresent(Email.class)) {
            schema.format("email");
        }
        if (field.isAnnotationPresent(Min.class)) {
            schema.minimum(BigDecimal.valueOf(field.getAnnotation(Min.class).value()));
        }
        if (field.isAnnotationPresent(Max.class)) {
            schema.maximum(BigDecimal.valueOf(field.getAnnotation(Max.class).value()));
        }
        return schema;
    }

    /**
     * The schema of what JSON-B writes for a type Payara cannot see (outside the scanned package): a record field by
     * field, a list or array as an array, a map as an object of values.
     */
    static Schema answer(Type type) {
        Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
        if (raw.isArray()) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(answer(raw.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(answer(typeArgument(type, 0)));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(answer(typeArgument(type, 1)));
        }
        if (raw.isRecord()) {
            Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
            for (RecordComponent component : raw.getRecordComponents()) {
                schema.addProperty(component.getName(), answer(component.getGenericType()));
            }
            return schema;
        }
        Schema scalar = scalar(raw);
        return scalar != null ? scalar : OASFactory.createSchema().type(SchemaType.OBJECT);
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[index] : String.class;
    }

    /** A text, number, true/false, time or enumeration; null for anything else. */
    private static Schema scalar(Class<?> type) {
        Schema schema = OASFactory.createSchema();
        if (type == String.class) {
            return schema.type(SchemaType.STRING);
        } else if (type == Boolean.class || type == boolean.class) {
            return schema.type(SchemaType.BOOLEAN);
        } else if (type == Integer.class || type == int.class) {
            return schema.type(SchemaType.INTEGER).format("int32");
        } else if (type == Long.class || type == long.class) {
            return schema.type(SchemaType.INTEGER).format("int64");
        } else if (type == Double.class || type == double.class || type == BigDecimal.class) {
            return schema.type(SchemaType.NUMBER);
        } else if (type == Instant.class) {
            return schema.type(SchemaType.STRING).format("date-time");
        } else if (type == LocalDate.class) {
            return schema.type(SchemaType.STRING).format("date");
        } else if (type.isEnum()) {
            return schema.type(SchemaType.STRING).enumeration(values(type));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Record>> ordered(Object... nameAndType) {
        Map<String, Class<? extends Record>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            map.put((String) nameAndType[i], (Class<? extends Record>) nameAndType[i + 1]);
        }
        return map;
    }
}
