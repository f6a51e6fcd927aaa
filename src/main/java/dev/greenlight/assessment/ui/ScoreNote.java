package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.html.Paragraph;
import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.scoring.ScoreResult;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What another feature has to say beside a score, contributed as a Spring bean: tracking's outside view (PRODUCT.md
 * §10.2), "tracked projects here realised 64 % of forecast benefits…". The page's score panel, the guided form's live
 * panel and the review section show it; a note may offer a condition a product manager can set on approval.
 */
@NamedInterface("ui")
public interface ScoreNote {

    /** A sentence for people and, optionally, the condition it suggests; {@code key} names it in the page ({@code score-note-key}). */
    record Note(String key, String sentence, String condition) {

        public Paragraph render() {
            var p = new Paragraph(sentence);
            p.setId("score-note-" + key);
            p.addClassName("score-note");
            return p;
        }
    }

    /**
     * The note for this document and its score; {@code assessmentId} is null for a document not yet stored. Empty when
     * there is nothing to say.
     */
    Optional<Note> about(Long assessmentId, AssessmentDocument document, ScoreResult score);
}
