package dev.greenlight.brief;

import dev.greenlight.assessment.AssessmentJson;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import dev.greenlight.assessment.InvalidAssessmentException;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Builds the Excel brief of an assessment for whoever may read it (the same rules as reading it). */
@Service
public class BriefService {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record BriefFile(String fileName, byte[] bytes) {
    }

    private final AssessmentService assessments;

    BriefService(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PreAuthorize("isAuthenticated()")
    public BriefFile brief(long id) {
        var details = assessments.get(id);
        var input = assessments.scoringInput(details.document());
        if (details.scoreResult() == null || input.isEmpty()) {
            throw new InvalidAssessmentException(details.missingForScore());
        }
        var doc = details.document();
        var metric = doc.successMetric();
        var ethics = doc.ethics();
        var tree = AssessmentJson.toTree(doc);
        var answers = new ArrayList<BriefData.Answer>();
        for (var q : Questionnaire.all()) {
            var value = valueAt(tree, q.path());
            answers.add(new BriefData.Answer(q.label(), value == null ? "Not answered" : value));
        }
        var history = List.of(
                new BriefData.HistoryEntry(details.createdAt(), details.owner(), "Created"),
                new BriefData.HistoryEntry(details.updatedAt(), details.owner(), "Last changed; status " + details.status().label()));
        var data = new BriefData(doc.title(), details.owner(), details.status().label(), null, List.of(), details.scoreResult(),
                input.get().financials(), metric == null ? null : metric.kpiName(), metric == null ? null : metric.baseline(),
                metric == null ? null : metric.target(), metric == null ? null : metric.unit(), metric == null ? null : metric.killCriteria(),
                BriefData.riskRegister(ethics == null || ethics.answers() == null ? Map.of() : ethics.answers()),
                ethics == null || ethics.mitigations() == null ? List.of() : ethics.mitigations(), answers, history);
        var bytes = new BriefWorkbook().write(data);
        return new BriefFile(fileName(details.document().title()), bytes);
    }

    /** The answer at a JSON path as a person reads it; lists are joined, missing values are null. */
    private static String valueAt(JsonNode root, String path) {
        JsonNode node = root;
        for (var part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            var parts = new ArrayList<String>();
            node.forEach(n -> parts.add(n.asString()));
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        return node.isNumber() ? node.numberValue().toString() : node.asString();
    }

    /** A file name any system accepts: letters, digits, dashes; never a path. */
    static String fileName(String title) {
        var ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "assessment" : slug) + "-brief.xlsx";
    }
}
