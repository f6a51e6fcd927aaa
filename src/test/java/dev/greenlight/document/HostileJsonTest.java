package dev.greenlight.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What a hostile or careless client sends (issue 12, items 4–6): refused with the field's path, never changed. */
class HostileJsonTest {

    private static final Path FULL_SAMPLE = Path.of("sample-data/01-card-fraud-early-warning.json");

    /** Every text field of the format, found from the records so a field added later is covered too. */
    static List<String> textPaths() {
        var paths = new ArrayList<String>();
        collectTextPaths(AssessmentDocument.class, "", paths);
        return paths;
    }

    private static void collectTextPaths(Class<?> type, String prefix, List<String> out) {
        for (var component : type.getRecordComponents()) {
            var path = prefix + component.getName();
            var t = component.getType();
            if (t == String.class) {
                out.add(path);
            } else if (t.isRecord() && t != AssessmentDocument.EuAiAct.class
                    && t != AssessmentDocument.Validation.class) {
                // the EU AI Act block holds codes of the rules file, refused unless they are one (SchemaUpgradeTest);
                // a validation curve exists only whole, and its file name is checked in ValidationDocumentTest
                collectTextPaths(t, path + ".", out);
            } else if (t == List.class && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                collectTextPaths(element, path + "[0].", out);
            }
        }
    }

    /** ESC, NUL, the other C0 controls but tab/LF/CR, DEL, C1, lone surrogates, noncharacters. */
    static Stream<String> forbidden() {
        return Stream.of("\u001B", "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085",
                "\uD800", "\uDFFF", "\uDC00", "\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", new String(Character.toChars(0x1FFFF)),
                new String(Character.toChars(0x10FFFE)));
    }

    static Stream<Arguments> forbiddenInEveryField() {
        return textPaths().stream().flatMap(path -> forbidden().map(ch -> Arguments.of(path, ch)));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("forbiddenInEveryField")
    void control_characters_surrogates_and_noncharacters_are_refused_in_every_text_field(String path, String bad) throws IOException {
        var doc = full();
        set(doc, path, "Before" + bad + "after");
        assertRefused(doc.toString(), path, path.equals("financials.currency") ? "ISO 4217" : "position 7");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ünïcödé façade, smörgåsbord, Straße", "Ελληνικά, русский, українська, ქართული, Հայերեն",
            "中文，日本語の文字、한국어", "עברית ‏ العربية ‎ فارسی", "हिन्दी, தமிழ், ไทย, ລາວ, မြန်မာ, ខ្មែរ, አማርኛ",
            "👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇺🇦 1️⃣ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𓀀", "tab\tnew line\nreturn\r\nend", "Zero\u200Bwidth\u200Djoiner\uFEFFbom",
            "Private \uE000 use, replacement \uFFFD, last BMP \uFFFD", "=SUM(A1) +1 -1 @x"})
    void every_real_character_of_every_script_and_emoji_is_accepted_and_kept(String text) throws IOException {
        for (var path : textPaths()) {
            if (path.endsWith("unit") || path.equals("financials.currency")) {
                continue; // a code, and a unit whose limit (40) is shorter than some of these lines
            }
            var doc = full();
            set(doc, path, text);
            var read = AssessmentJson.mapper().readTree(AssessmentJson.write(AssessmentJson.read(doc.toString())));
            assertThat(at(read, path).asString()).as(path).isEqualTo(text);
        }
    }

    @Test
    void the_title_keeps_its_surrounding_whitespace() {
        assertThat(AssessmentJson.read("{\"title\": \"  Spaced out \\t\"}").title()).isEqualTo("  Spaced out \t");
    }

    static Stream<Arguments> listsWithANull() {
        return Stream.of(
                Arguments.of("ethics", "mitigations", "ethics.mitigations[0]"),
                Arguments.of("ethics.euAiAct", "prohibitedPractices", "ethics.euAiAct.prohibitedPractices[0]"),
                Arguments.of("ethics.euAiAct", "annexThreeUses", "ethics.euAiAct.annexThreeUses[0]"),
                Arguments.of("ethics.euAiAct", "article6_3", "ethics.euAiAct.article6_3[0]"),
                Arguments.of("ethics.euAiAct", "transparencyObligations", "ethics.euAiAct.transparencyObligations[0]"),
                Arguments.of("financials", "buildCosts", "financials.buildCosts[0]"),
                Arguments.of("financials", "annualRunCosts", "financials.annualRunCosts[0]"),
                Arguments.of("financials", "annualBenefits", "financials.annualBenefits[0]"),
                Arguments.of("financials", "adoptionByYear", "financials.adoptionByYear[0]"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("listsWithANull")
    void a_null_element_in_any_list_is_refused_naming_its_index(String section, String list, String path) throws IOException {
        var doc = full();
        var array = ((ObjectNode) at(doc, section)).putArray(list);
        array.addNull();
        assertRefused(doc.toString(), path, "");
    }

    static Stream<Arguments> coercions() {
        return Stream.of(
                Arguments.of("financials.horizonYears", "2.9", "financials.horizonYears"),
                Arguments.of("financials.horizonYears", "3.0", "financials.horizonYears"),
                Arguments.of("financials.horizonYears", "\"3\"", "financials.horizonYears"),
                Arguments.of("successMetric.monthsToImpact", "9.7", "successMetric.monthsToImpact"),
                Arguments.of("schemaVersion", "1.5", "schemaVersion"),
                Arguments.of("title", "123", "title"),
                Arguments.of("title", "12.5", "title"),
                Arguments.of("title", "true", "title"),
                Arguments.of("financials.discountRate", "\"0.1\"", "financials.discountRate"),
                Arguments.of("financials.buildCosts[0].evidence", "1", "financials.buildCosts[0].evidence"),
                Arguments.of("problem.strategicFit", "0", "problem.strategicFit"),
                Arguments.of("ethics.euAiAct.annexThreeUses", "[4]", "ethics.euAiAct.annexThreeUses[0]"),
                Arguments.of("ethics.euAiAct.role", "1", "ethics.euAiAct.role"),
                Arguments.of("ethics.euAiAct.profilesPeople", "\"yes\"", "ethics.euAiAct.profilesPeople"),
                Arguments.of("ethics.mitigations", "\"HUMAN_REVIEW\"", "ethics.mitigations"),
                Arguments.of("ethics.answers.affectedPeople", "3", "ethics.answers.affectedPeople"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("coercions")
    void no_value_is_coerced_into_another_type(String path, String rawJson, String errorPath) throws IOException {
        var doc = full();
        set(doc, path, "__replaced__");
        assertRefused(doc.toString().replace("\"__replaced__\"", rawJson), errorPath, "");
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("{\n  \"title\": \"A\",\n  \"financials\": {\"discountRate\": NaN}\n}", "financials.discountRate", "line 3, column"),
                Arguments.of("{\n  \"title\": \"A\",\n  \"title\": \"B\"\n}", "title", "line 3, column"),
                Arguments.of("{\"title\": \"A\", \"problem\": {\"sponsor\": \"x\",\n \"sponsor\": \"y\"}}", "problem.sponsor", "line 2, column"),
                Arguments.of("{\"title\": \"A\"," + "[".repeat(100) + "]".repeat(100) + "}", "$", "line 1, column"),
                Arguments.of("{\"title\": " + "[".repeat(100_000), "title", "line 1, column"),
                Arguments.of("{\"title\": \"A\"} trailing", "$", "line 1, column"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("syntaxErrors")
    void json_syntax_errors_name_the_line_and_column(String json, String path, String where) {
        assertThatThrownBy(() -> AssessmentJson.readObject(json))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.message()).contains("not valid JSON").contains(where);
                            assertThat(error.path()).startsWith(path.equals("$") ? "" : path);
                        }));
    }

    @Test
    void nesting_deeper_than_the_format_needs_is_refused() {
        var deep = "{\"title\": \"A\", \"x\": " + "[".repeat(AssessmentJson.MAX_NESTING + 1) + "]".repeat(AssessmentJson.MAX_NESTING + 1) + "}";
        assertThatThrownBy(() -> AssessmentJson.readObject(deep))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("nesting").contains("line 1, column"));
    }

    @Test
    void the_path_of_a_text_cut_short_is_the_field_it_was_in() {
        assertThat(AssessmentJson.pathAt("{\"title\": \"abc")).isEqualTo("title");
        assertThat(AssessmentJson.pathAt("{\"title\": \"a\", \"financials\": {\"buildCosts\": [{}, {\"name\": \"x"))
                .isEqualTo("financials.buildCosts[1].name");
        assertThat(AssessmentJson.pathAt("")).isEqualTo("$");
    }

    private static ObjectNode full() throws IOException {
        return (ObjectNode) AssessmentJson.mapper().readTree(Files.readString(FULL_SAMPLE));
    }

    /** Sets a text at a dotted path such as {@code financials.buildCosts[0].name}, creating objects on the way. */
    private static void set(ObjectNode root, String path, String value) {
        var parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child((ObjectNode) node, parts[i]);
        }
        ((ObjectNode) node).put(parts[parts.length - 1], value);
    }

    private static JsonNode child(ObjectNode parent, String part) {
        if (part.endsWith("[0]")) {
            var name = part.substring(0, part.length() - 3);
            var array = parent.get(name) instanceof ArrayNode a ? a : parent.putArray(name);
            if (array.isEmpty()) {
                array.addObject().put("name", "Line").put("low", 1).put("likely", 2).put("high", 3);
            }
            return array.get(0);
        }
        return parent.get(part) instanceof ObjectNode o ? o : parent.putObject(part);
    }

    private static JsonNode at(JsonNode root, String path) {
        var node = root;
        for (var part : path.split("\\.")) {
            node = part.endsWith("[0]") ? node.get(part.substring(0, part.length() - 3)).get(0) : node.get(part);
        }
        return node;
    }

    private static void assertRefused(String json, String path, String messagePart) {
        assertThatThrownBy(() -> AssessmentJson.read(AssessmentJson.readObject(json)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.path()).isEqualTo(path);
                            assertThat(error.message()).contains(messagePart);
                        }));
    }
}
