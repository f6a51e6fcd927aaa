package dev.greenlight.brief;

import dev.greenlight.assessment.AssessmentService;
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
        var data = new BriefData(details.document().title(), details.owner(), details.status().label(),
                input.get().financials(),
                input.get().ethics() == null ? dev.greenlight.scoring.EthicsInput.empty() : input.get().ethics(), details.scoreResult());
        return new BriefFile(fileName(details.document().title()), BriefWorkbook.write(data));
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
