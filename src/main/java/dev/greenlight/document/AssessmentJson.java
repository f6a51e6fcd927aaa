package dev.greenlight.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.greenlight.scoring.DerivedBenefit;
import dev.greenlight.scoring.ValueModelKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes the interchange format (PRODUCT.md §2.2) strictly: unknown fields, wrong types and
 * wrong enum values are refused with the JSON path, then {@link AssessmentValidator} checks the values.
 * Its own mapper, so Spring's lenient defaults never leak into the format. Nothing is coerced: 2.9 is not an
 * integer, 123 is not a text, 0 is not an enum constant, "1" is not a number; each is refused with its path.
 */
public final class AssessmentJson {

    /** Deeper than any document of the format (five levels), shallow enough that no parser recursion hurts. */
    public static final int MAX_NESTING = 32;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, integer -> integer
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, number -> number
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, constant -> constant
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
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
            .addModule(new SimpleModule("derived-benefits").addSerializer(DerivedBenefit.class,
                    new DerivedBenefitSerializer()))
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
    public static AssessmentDocument parse(String json) {
        JsonNode tree = parsed(json, parser -> MAPPER.readTree(parser));
        return parse(tree);
    }

    /**
     * {@link #parse(String)} for a tree, without writing it out as text first. A document of an older schema is
     * upgraded on the way ({@link SchemaUpgrade}); the tree given is left as it was.
     */
    public static AssessmentDocument parse(JsonNode node) {
        try {
            var tree = node instanceof ObjectNode object ? SchemaUpgrade.toCurrent(object) : node;
            return MAPPER.treeToValue(tree, AssessmentDocument.class);
        } catch (JacksonException e) {
            throw new InvalidAssessmentException(List.of(toFieldError(e, null)));
        }
    }

    /**
     * Reads any request body of the API (a decision, a comment, model parameters) as strictly as the format:
     * unknown fields, wrong types and wrong enum values are refused with the field's path.
     */
    public static <T> T readValue(String json, Class<T> type) {
        var value = parsed(json == null || json.isBlank() ? "{}" : json, parser -> MAPPER.readValue(parser, type));
        if (value == null) {
            throw new InvalidAssessmentException(List.of(new FieldError("$", "must be a JSON object")));
        }
        return value;
    }

    public static AssessmentDocument read(JsonNode node) {
        var doc = parse(node);
        AssessmentValidator.requireValid(doc);
        return doc;
    }

    /** Parses any JSON object, e.g. an API body that still carries read-only fields to strip. */
    public static ObjectNode readObject(String json) {
        if (parsed(json, MAPPER::readTree) instanceof ObjectNode object) {
            return object;
        }
        throw new InvalidAssessmentException(List.of(new FieldError("$", "must be a JSON object")));
    }

    /**
     * The field a JSON text that stops after {@code prefix} was inside, e.g. {@code problem.statement}: used to
     * name the field of a body that is not UTF-8 at that point.
     */
    public static String pathAt(String prefix) {
        try (var parser = MAPPER.createParser(prefix)) {
            while (parser.nextToken() != null) {
                // walk to where the text stops
            }
            return path(parser.streamReadContext());
        } catch (StreamReadException e) {
            return e.processor() instanceof JsonParser parser ? path(parser.streamReadContext()) : "$";
        } catch (JacksonException e) {
            return "$";
        }
    }

    /** Reads through a parser of our own, so that even an error without a location (nesting) can say where. */
    private static <T> T parsed(String json, java.util.function.Function<JsonParser, T> reading) {
        var parser = MAPPER.createParser(json);
        try {
            return reading.apply(parser);
        } catch (JacksonException e) {
            throw new InvalidAssessmentException(List.of(toFieldError(e, parser)));
        } finally {
            parser.close();
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

    static FieldError toFieldError(JacksonException e, JsonParser parser) {
        if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
            return syntaxError(e, parser);
        }
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

    /**
     * NaN, a duplicate key, nesting too deep, a bad token: where it is (line and column, counted from 1) and,
     * when the parser was inside a value, which field.
     */
    private static FieldError syntaxError(JacksonException e, JsonParser ours) {
        var parser = e.processor() instanceof JsonParser p ? p : ours;
        var location = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        var where = location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        var path = parser == null ? "$" : path(parser.streamReadContext());
        return new FieldError(path, "is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    /** The dotted path of a streaming parser's position, e.g. {@code financials.buildCosts[0].name}. */
    static String path(TokenStreamContext context) {
        var parts = new java.util.ArrayDeque<String>();
        for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        var path = String.join("", parts);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "$" : path;
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
    /**
     * PRODUCT.md §6.1 gives each kind of derived line its own figures: a DETECTION line's document has no
     * automation fields and the other way round, while a break-even that does not exist is written as null.
     */
    private static final class DerivedBenefitSerializer extends ValueSerializer<DerivedBenefit> {
        @Override
        public void serialize(DerivedBenefit d, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("line", d.line());
            gen.writeStringProperty("kind", d.kind().name());
            gen.writeNumberProperty("annualBenefit", d.annualBenefit());
            if (d.kind() == ValueModelKind.DETECTION) {
                number(gen, "valuePerRecallPoint", d.valuePerRecallPoint());
                number(gen, "valuePerPrecisionPoint", d.valuePerPrecisionPoint());
                number(gen, "breakEvenRecall", d.breakEvenRecall());
                number(gen, "breakEvenPrecision", d.breakEvenPrecision());
                if (d.operatingCurve() != null) {
                    gen.writePOJOProperty("operatingCurve", d.operatingCurve());
                }
            } else {
                number(gen, "valuePerAutomationPoint", d.valuePerAutomationPoint());
                number(gen, "breakEvenAutomationRate", d.breakEvenAutomationRate());
                number(gen, "breakEvenErrorRate", d.breakEvenErrorRate());
            }
            gen.writeEndObject();
        }

        private static void number(JsonGenerator gen, String name, Double value) {
            gen.writeName(name);
            if (value == null) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }

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
