package dev.greenlight.assessment.ui;

import dev.greenlight.assessment.AssessmentSummary;
import org.springframework.modulith.NamedInterface;

/**
 * A column a feature adds to the author's list (My assessments), contributed as a Spring bean: review adds what the
 * reviewers said, so authors see it without opening each assessment.
 */
@NamedInterface("ui")
public interface AssessmentListColumn {

    /** The column's key (and its element's), e.g. "review". */
    String key();

    String header();

    /** The cell's text for one row, for the signed-in author. */
    String value(AssessmentSummary summary);
}
