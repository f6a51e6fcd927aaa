package dev.greenlight.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.greenlight.scoring.EuAiActObligation;
import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.EuAiActScreening;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The EU AI Act screening in words (PRODUCT.md §6.3): the tier, what decided it, each obligation for the role
 * with its article link, the date it applies from and what that date rests on, and which review of the rules
 * file decided it. Shown live on the wizard's ethics step and on the assessment page.
 */
class EuAiActPanel extends Composite<Div> {

    private EuAiActScreening shown;

    EuAiActPanel(String id) {
        getContent().setId(id);
        getContent().addClassName("eu-ai-act");
    }

    /** Draws the screening; a score stored before screening v2 has none and says how to get one. */
    void show(EuAiActScreening screening) {
        if (screening != null && Objects.equals(shown, screening)) {
            return;
        }
        shown = screening;
        var box = getContent();
        box.removeAll();
        box.add(new H3("EU AI Act"));
        if (screening == null) {
            box.add(new Paragraph("This score was made before the EU AI Act screening listed obligations; re-score it "
                    + "to see them."));
            return;
        }
        var tier = new Paragraph("Tier: " + screening.tier().label() + " (listed for the "
                + screening.role().label() + ")");
        tier.setId(getContent().getId().orElse("eu") + "-tier");
        tier.addClassName("eu-tier");
        box.add(tier);
        var findings = new UnorderedList();
        findings.addClassName("eu-findings");
        screening.findings().forEach(f -> findings.add(new ListItem(f)));
        box.add(findings);
        if (!screening.unanswered().isEmpty()) {
            box.add(new Paragraph("Answer to firm this up: " + String.join(", ", screening.unanswered())));
        }
        if (screening.obligations().isEmpty()) {
            box.add(new Paragraph("No obligation under the Act."));
        } else {
            var list = new UnorderedList();
            list.addClassName("eu-obligations");
            screening.obligations().forEach(o -> list.add(obligation(o)));
            box.add(list);
        }
        var reviewed = new Paragraph("EU AI Act rules reviewed on "
                + EuAiActScreening.spoken(LocalDate.parse(screening.rulesReviewed()))
                + ". A triage aid, not legal advice: a date marked \"reported\" rests on a source other than the law's own "
                + "text; each obligation says which.");
        reviewed.addClassName("hint");
        box.add(reviewed);
    }

    private static ListItem obligation(EuAiActObligation o) {
        var article = new Anchor(o.url(), o.article());
        article.setTarget(AnchorTarget.BLANK);
        // how sure the date is: the law's own text, or reported by an official or secondary source
        var kind = EuAiActRules.SourceKind.valueOf(o.sourceKind());
        var date = new Span(" — from " + EuAiActScreening.spoken(o.date())
                + (kind == EuAiActRules.SourceKind.PRIMARY ? "" : " (reported: " + kind.label() + ")"));
        date.addClassName("eu-date");
        var who = new Span(switch (o.appliesTo()) {
            case "PROVIDER" -> " · provider";
            case "DEPLOYER" -> " · deployer";
            default -> "";
        });
        var item = new ListItem(article, new Span(": " + o.title()), who, date);
        var source = new Anchor(o.sourceUrl(), "source");
        source.setTarget(AnchorTarget.BLANK);
        var note = new Div(new Span(o.note() + " "), source);
        note.addClassName("hint");
        item.add(note);
        return item;
    }
}
