package dev.greenlight.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The EU AI Act screening of one system (PRODUCT.md §6.3): its tier, the provisions that decided it, what the
 * screening found in words, the obligations for the organisation's role with the date each applies from, the
 * approval conditions those make (dated), what is unanswered, and which version of the rules file decided it.
 *
 * @param articles              the provisions that decided the tier (and the Art. 50 duties)
 * @param article6Documentation true when the Art. 6(3) exemption took an Annex III system out of high-risk
 * @param reason                a phrase to follow "because"
 * @param role                  the role the obligations are listed for (provider and deployer when unanswered)
 * @param findings              one phrase per thing that mattered, e.g. "not high-risk: detecting financial fraud
 *                              is excluded from Annex III 5(b)"
 * @param unanswered            JSON paths of answers the screening needed and counted conservatively
 * @param rulesReviewed         ISO date the rules file was last reviewed
 */
public record EuAiActScreening(EuAiActTier tier, List<String> articles, boolean article6Documentation, String reason,
                               EuAiActRole role, List<String> findings, List<EuAiActObligation> obligations,
                               List<String> conditions, List<String> unanswered, String rulesReviewed) {

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public EuAiActScreening {
        articles = List.copyOf(articles);
        findings = List.copyOf(findings);
        obligations = List.copyOf(obligations);
        conditions = List.copyOf(conditions);
        unanswered = List.copyOf(unanswered);
    }

    /** The tier with what decided it, for a sentence: "minimal risk (not high-risk: detecting … Annex III 5(b))". */
    public String summary() {
        return tier.label() + (findings.isEmpty() ? "" : " (" + String.join("; ", findings) + ")");
    }

    /** The obligations applying from a date after {@code today} up to and including {@code until}. */
    public List<EuAiActObligation> fallingDue(LocalDate today, LocalDate until) {
        return obligations.stream().filter(o -> o.date().isAfter(today) && !o.date().isAfter(until)).toList();
    }

    /** "2 December 2027": how the page, the brief and the conditions write a date. */
    public static String spoken(LocalDate date) {
        return SPOKEN.format(date);
    }
}
