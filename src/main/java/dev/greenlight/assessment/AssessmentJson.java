package dev.greenlight.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the interchange format (PRODUCT.md §2.2) strictly: unknown fields, wrong types and
 * wrong enum values are refused with the JSON path, then {@link AssessmentValidator} checks the values.
 * Its own mapper, so Spring's lenient defaults never leak into the format.
 */
public final class AssessmentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("plain-numbers").addSerializer(Double.class, new PlainDoubleSerializer()))
            .build();

    /**
     * For score documents (PRODUCT.md §5): figures that do not exist are written as {@code null}, not left out,
     * and the mapper is lenient on read so scores stored by an older model version still load.
     */
    private static final JsonMapper SCORE_MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AssessmentJson() {
    }

    /** Parses and validates; throws {@link InvalidAssessmentException} naming every bad field. */
    public static AssessmentDocument read(String json) {
        var doc = parse(json);
        AssessmentValidator.requireValid(doc);
        return doc;
    }

    /**
     * Reads the format as strictly as {@link #read} but leaves the value rules to whoever stores it: for a
     * document read back from the database (validated when it was written) and the wizard's working copy
     * (validated by the service that saves it), so neither is validated twice.
     */
    static AssessmentDocument parse(String json) {
        try {
            return MAPPER.readValue(json, AssessmentDocument.class);
        } catch (JacksonException e) {
            throw new InvalidAssessmentException(List.of(toFieldError(e)));
        }
    }

    /** {@link #parse(String)} for a tree, without writing it out as text first. */
    static AssessmentDocument parse(JsonNode node) {
        try {
            return MAPPER.treeToValue(node, AssessmentDocument.class);
        } catch (JacksonException e) {
            throw new InvalidAssessmentException(List.of(toFieldError(e)));
        }
    }

    /**
     * Reads any request body of the API (a decision, a comment, model parameters) as strictly as the format:
     * unknown fields, wrong types and wrong enum values are refused with the field's path.
     */
    public static <T> T readValue(String json, Class<T> type) {
        try {
            var value = MAPPER.readValue(json == null || json.isBlank() ? "{}" : json, type);
            if (value == null) {
                throw new InvalidAssessmentException(List.of(new FieldError("$", "must be a JSON object")));
            }
            return value;
        } catch (JacksonException e) {
            throw new InvalidAssessmentException(List.of(toFieldError(e)));
        }
    }

    public static AssessmentDocument read(JsonNode node) {
        return read(MAPPER.writeValueAsString(node));
    }

    /** Parses any JSON object, e.g. an API body that still carries read-only fields to strip. */
    public static ObjectNode readObject(String json) {
        try {
            var node = MAPPER.readTree(json);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new InvalidAssessmentException(List.of(new FieldError("$", "must be a JSON object")));
        } catch (JacksonException e) {
            throw new InvalidAssessmentException(List.of(toFieldError(e)));
        }
    }

    public static String write(AssessmentDocument doc) {
        return MAPPER.writeValueAsString(doc);
    }

    public static ObjectNode toTree(AssessmentDocument doc) {
        return MAPPER.valueToTree(doc);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static JsonMapper scoreMapper() {
        return SCORE_MAPPER;
    }

    static FieldError toFieldError(JacksonException e) {
        var path = path(e);
        if (e instanceof PropertyBindingException unknown) {
            var known = unknown.getKnownPropertyIds() == null ? "" : "; allowed here: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new FieldError(path, "is not a field of the Greenlight format" + known);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return new FieldError(path, "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                    + ", was \"" + invalid.getValue() + "\"");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldError(path, "has the wrong type: expected " + describe(mismatch.getTargetType()));
        }
        return new FieldError(path, "is not valid JSON: " + e.getOriginalMessage());
    }

    private static String path(JacksonException e) {
        var sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }

    /** Amounts are written as people type them (13300000, 0.1), never as 1.33E7. */
    private static final class PlainDoubleSerializer extends ValueSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext ctxt) {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNumber(value);
            } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                gen.writeNumber(value.longValue());
            } else {
                gen.writeNumber(BigDecimal.valueOf(value));
            }
        }
    }
}
