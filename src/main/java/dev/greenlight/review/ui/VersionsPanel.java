package dev.greenlight.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dev.greenlight.assessment.AssessmentService;
import dev.greenlight.assessment.VersionSummary;
import dev.greenlight.assessment.ui.RecommendationBadge;
import dev.greenlight.base.ui.Money;
import dev.greenlight.scoring.EuAiActTier;
import dev.greenlight.scoring.Recommendation;
import dev.greenlight.security.UserDirectory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The frozen versions of an assessment, folded, with who submitted each (by display name) and, from two versions on,
 * their comparison: the movement of the figures first, then the answers that changed in words.
 */
final class VersionsPanel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private VersionsPanel() {
    }

    static Details of(long assessmentId, List<VersionSummary> versions, AssessmentService assessments, UserDirectory names) {
        var content = new Div();
        content.setId("versions");
        if (versions.isEmpty()) {
            content.add(new Paragraph("A version is frozen each time the assessment is submitted."));
        }
        var ul = new UnorderedList();
        for (var v : versions) {
            ul.add(new ListItem("Version " + v.number() + " · " + names.displayName(v.submittedBy()) + " · "
                    + WHEN.format(v.submittedAt().atZone(ZoneId.systemDefault()))
                    + (v.score() == null ? " · not scored" : String.format(Locale.ROOT, " · score %.0f · %s · level %s · %s · model %s",
                    v.score(), recommendation(v.recommendation()), v.ethicsLevel(), tier(v.euAiActTier()), v.modelVersion()))
                    + (v.changeNote() == null ? "" : " · what changed: " + v.changeNote())));
        }
        content.add(ul);
        if (versions.size() >= 2) {
            var from = new Select<Integer>();
            var to = new Select<Integer>();
            var numbers = versions.stream().map(VersionSummary::number).toList();
            from.setLabel("Compare version");
            from.setItems(numbers);
            from.setValue(numbers.get(numbers.size() - 2));
            from.setId("compare-from");
            to.setLabel("with version");
            to.setItems(numbers);
            to.setValue(numbers.getLast());
            to.setId("compare-to");
            var result = new Div();
            result.setId("comparison");
            var compare = new Button("Compare", e -> showComparison(result, assessmentId, from.getValue(), to.getValue(), assessments));
            compare.setId("compare");
            content.add(new HorizontalLayout(from, to, compare), result);
            showComparison(result, assessmentId, from.getValue(), to.getValue(), assessments);
        }
        var box = new Details("Versions (" + versions.size() + ")", content);
        box.setOpened(versions.size() >= 2);
        box.addClassName("review-block");
        return box;
    }

    private static void showComparison(Div result, long id, Integer from, Integer to, AssessmentService assessments) {
        result.removeAll();
        if (from == null || to == null) {
            return;
        }
        var c = assessments.compare(id, from, to);
        var moves = new UnorderedList();
        moves.setId("comparison-moves");
        moves.add(new ListItem("NPV: " + Money.format(c.fromFigures().npv(), c.currency()) + " → "
                + Money.format(c.toFigures().npv(), c.currency())));
        moves.add(new ListItem("Risk-adjusted NPV: " + Money.format(c.fromFigures().riskAdjustedNpv(), c.currency()) + " → "
                + Money.format(c.toFigures().riskAdjustedNpv(), c.currency())));
        moves.add(new ListItem(c.scoreDelta() == null ? "Score: " + c.from().score() + " → " + c.to().score()
                : String.format(Locale.ROOT, "Score: %.1f → %.1f (%+.1f)", c.from().score(), c.to().score(), c.scoreDelta())));
        moves.add(new ListItem("Recommendation: " + recommendation(c.from().recommendation()) + " → " + recommendation(c.to().recommendation())
                + (c.recommendationChanged() ? "" : " (unchanged)")));
        moves.add(new ListItem("Ethics level: " + c.from().ethicsLevel() + " → " + c.to().ethicsLevel() + (c.levelChanged() ? "" : " (unchanged)")));
        moves.add(new ListItem("EU AI Act tier: " + tier(c.from().euAiActTier()) + " → " + tier(c.to().euAiActTier())
                + (c.tierChanged() ? "" : " (unchanged)")));
        result.add(moves);
        if (c.readable().isEmpty()) {
            result.add(new Paragraph("No answer changed."));
        } else {
            var changes = new UnorderedList();
            changes.addClassName("changes");
            changes.setId("comparison-changes");
            c.readable().forEach(ch -> changes.add(new ListItem(ch.step().label() + " · " + ch)));
            result.add(new Paragraph(c.readable().size() + (c.readable().size() == 1 ? " answer changed:" : " answers changed:")), changes);
        }
    }

    private static String recommendation(Recommendation recommendation) {
        return RecommendationBadge.label(recommendation);
    }

    private static String tier(EuAiActTier tier) {
        return tier == null ? "—" : tier.label();
    }
}
