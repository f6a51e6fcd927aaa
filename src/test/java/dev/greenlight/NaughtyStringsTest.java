package dev.greenlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.brief.BriefService;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.AssessmentValidator;
import dev.greenlight.document.FieldError;
import dev.greenlight.document.InvalidAssessmentException;
import dev.greenlight.portfolio.PortfolioFilter;
import dev.greenlight.portfolio.PortfolioService;
import dev.greenlight.review.ReviewService;
import dev.greenlight.scoring.PlainText;
import dev.greenlight.security.UserService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Big List of Naughty Strings (src/test/resources/blns, MIT) through create, update, score and both exports:
 * a string is either refused with the field's path (control characters, lone surrogates, noncharacters, a blank
 * title, too long) or stored exactly, scored, and written to both workbooks as text, never as a formula.
 * One Spring context; the accepted strings travel eight to an assessment, one per text field.
 */
@ServiceTest
// Stores some sixty assessments with titles such as "%*.*s": a context of its own keeps them out of other tests' lists.
@TestPropertySource(properties = "greenlight.test.context=naughty-strings")
class NaughtyStringsTest {

    /** Text fields with their limits, and how to put a string there. */
    private record Field(String path, int max, boolean required, BiFunction<AssessmentDocument, String, AssessmentDocument> set,
                         Function<AssessmentDocument, String> get) {
    }

    private static final List<Field> FIELDS = List.of(
            field("title", AssessmentValidator.TITLE_MAX, true, "/title"),
            field("summary", AssessmentValidator.SUMMARY_MAX, false, "/summary"),
            field("problem.statement", AssessmentValidator.LONG_TEXT_MAX, false, "/problem/statement"),
            field("problem.sponsor", AssessmentValidator.SHORT_TEXT_MAX, false, "/problem/sponsor"),
            field("successMetric.kpiName", AssessmentValidator.SHORT_TEXT_MAX, false, "/successMetric/kpiName"),
            field("successMetric.guardrails", AssessmentValidator.LONG_TEXT_MAX, false, "/successMetric/guardrails"),
            field("financials.buildCosts[0].name", AssessmentValidator.SHORT_TEXT_MAX, true, "/financials/buildCosts/0/name"),
            field("financials.annualBenefits[0].name", AssessmentValidator.SHORT_TEXT_MAX, true, "/financials/annualBenefits/0/name"));

    @Autowired
    ReviewService reviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    BriefService briefs;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    UserService users;

    private static Field field(String path, int max, boolean required, String pointer) {
        int cut = pointer.lastIndexOf('/');
        var parent = pointer.substring(0, cut);
        var name = pointer.substring(cut + 1);
        return new Field(path, max, required, (doc, value) -> {
            var tree = AssessmentJson.toTree(doc);
            ((ObjectNode) tree.at(parent)).put(name, value);
            return AssessmentJson.read(tree);
        }, doc -> AssessmentJson.toTree(doc).at(pointer).asString());
    }

    static List<String> naughtyStrings() throws IOException {
        try (InputStream in = NaughtyStringsTest.class.getResourceAsStream("/blns/blns.json")) {
            var node = AssessmentJson.mapper().readTree(in);
            var strings = new ArrayList<String>();
            node.forEach(s -> strings.add(s.asString()));
            return strings;
        }
    }

    private static boolean refusedIn(Field field, String s) {
        return !PlainText.isPlain(s) || s.length() > field.max() || (field.required() && s.isBlank());
    }

    @Test
    void every_naughty_string_is_stored_exactly_scored_and_exported_as_text_or_refused_naming_its_field() throws Exception {
        TestUsers.create(users);
        var strings = naughtyStrings();
        assertThat(strings).hasSizeGreaterThan(400);
        var base = SampleDocuments.fraud("Naughty strings base");

        // Refused ones: each in the title, the request names the title and nothing is stored.
        int refused = 0;
        var accepted = new ArrayList<String>();
        for (var s : strings) {
            if (refusedIn(FIELDS.getFirst(), s)) {
                refused++;
                assertThatThrownBy(() -> RunAs.engineer(() -> assessments.create(base.withTitle(s))))
                        .as("refused: %s", s)
                        .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.errors())
                                .extracting(FieldError::path).containsExactly("title"));
            }
            if (FIELDS.stream().noneMatch(f -> refusedIn(f, s))) {
                accepted.add(s);
            }
        }

        var reference = formulas(RunAs.engineer(() -> briefs.brief(RunAs.engineer(() -> assessments.create(base)).id())).bytes());
        var titles = new HashSet<String>();
        for (int start = 0; start < accepted.size(); start += FIELDS.size()) {
            var batch = new ArrayList<String>();
            for (int k = 0; k < FIELDS.size(); k++) {
                batch.add(accepted.get((start + k) % accepted.size()));
            }
            var created = RunAs.engineer(() -> assessments.create(fill(base, batch, 0)));
            assertStored(created.document(), batch, 0);
            // the update moves every string one field on
            var updated = RunAs.engineer(() -> assessments.update(created.id(), fill(base, batch, 1), created.version()));
            var read = RunAs.engineer(() -> assessments.get(created.id()));
            assertStored(read.document(), batch, 1);
            assertThat(read.score()).as("scored: %s", batch).isNotNull();
            assertThat(updated.version()).isGreaterThan(created.version());

            var brief = RunAs.engineer(() -> briefs.brief(created.id())).bytes();
            assertThat(formulas(brief)).as("the brief's formulas are its own, whatever the text: %s", batch).isEqualTo(reference);
            var texts = texts(brief);
            for (var s : batch) {
                if (!s.isBlank()) {
                    assertThat(texts).as("the brief holds %s as it was typed", s).contains(s);
                }
            }
            RunAs.engineer(() -> reviews.submit(created.id(), read.version()));
            titles.add(read.document().title());
        }

        var workbook = RunAs.pm(() -> portfolio.workbook(PortfolioFilter.all()));
        assertThat(formulas(workbook)).as("the portfolio workbook has no formula at all").isEmpty();
        assertThat(texts(workbook)).as("every title as it was typed").containsAll(titles);
        System.out.printf("Naughty strings: %d in the list, %d refused in a title, %d accepted in every field (%d assessments)%n",
                strings.size(), refused, accepted.size(), titles.size());
    }

    /** The batch's strings in the fields, shifted by {@code shift} (so an update moves each string to another field). */
    private static AssessmentDocument fill(AssessmentDocument base, List<String> batch, int shift) {
        var doc = base;
        for (int k = 0; k < FIELDS.size(); k++) {
            var s = batch.get((k + shift) % batch.size());
            var field = FIELDS.get(k);
            doc = field.set().apply(doc, field.required() && s.isBlank() ? "Blank " + k : s);
        }
        return doc;
    }

    private static void assertStored(AssessmentDocument doc, List<String> batch, int shift) {
        for (int k = 0; k < FIELDS.size(); k++) {
            var s = batch.get((k + shift) % batch.size());
            var field = FIELDS.get(k);
            assertThat(field.get().apply(doc)).as(field.path()).isEqualTo(field.required() && s.isBlank() ? "Blank " + k : s);
        }
    }

    /** Every formula of a workbook by sheet and cell. */
    private static Map<String, String> formulas(byte[] xlsx) throws IOException {
        var out = new HashMap<String, String>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            out.put(sheet.getSheetName() + "!" + cell.getAddress(), cell.getCellFormula());
                        }
                    }
                }
            }
        } catch (org.apache.poi.ooxml.POIXMLException e) {
            fail("not a readable workbook: " + e);
        }
        return out;
    }

    private static Set<String> texts(byte[] xlsx) throws IOException {
        var out = new HashSet<String>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            out.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return out;
    }
}
