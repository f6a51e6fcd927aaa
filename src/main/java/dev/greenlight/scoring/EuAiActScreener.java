package dev.greenlight.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * EU AI Act screening (Regulation (EU) 2024/1689) as PRODUCT.md §3.2 describes it. This is a triage aid, not
 * legal advice: it tells a team which provisions to read with their legal counsel.
 */
public final class EuAiActScreener {

    private EuAiActScreener() {
    }

    public static EuAiActScreening screen(EthicsInput ethics) {
        if (ethics == null) {
            ethics = EthicsInput.empty();
        }
        if (!ethics.prohibitedPractices().isEmpty()) {
            List<String> articles = ethics.prohibitedPractices().stream().map(ProhibitedPractice::article).toList();
            String practices = ethics.prohibitedPractices().stream()
                    .map(p -> p.label() + " (" + p.article() + ")").collect(Collectors.joining(", "));
            return new EuAiActScreening(EuAiActTier.PROHIBITED, articles, false,
                    "Article 5 bans " + practices);
        }

        var articles = new ArrayList<String>();
        var reasons = new ArrayList<String>();
        boolean highRisk = false;
        if (ethics.annexOneSafetyComponent()) {
            highRisk = true;
            articles.add("Art. 6(1)");
            articles.add("Annex I");
            reasons.add("it is a safety component of a product covered by Annex I (Art. 6(1))");
        }
        boolean article6Documentation = false;
        if (!ethics.highRiskAreas().isEmpty()) {
            // Art. 6(3) lets an Annex III system out of high-risk for narrow procedural work, but never when it
            // profiles natural persons; the provider must then document why (Art. 6(4)).
            if (ethics.narrowProceduralTask() && !ethics.profilesPeople()) {
                article6Documentation = true;
                articles.add("Art. 6(3)");
                articles.add("Art. 6(4)");
            } else {
                highRisk = true;
                articles.add("Art. 6(2)");
                ethics.highRiskAreas().forEach(area -> articles.add(area.article()));
                reasons.add("it is used in " + ethics.highRiskAreas().stream()
                        .map(area -> area.shortLabel() + " (" + area.article() + ")")
                        .collect(Collectors.joining(" and ")));
            }
        }
        ethics.transparencyObligations().forEach(duty -> articles.add(duty.article()));

        if (highRisk) {
            return new EuAiActScreening(EuAiActTier.HIGH_RISK, articles, article6Documentation,
                    String.join(" and ", reasons));
        }
        String exemption = article6Documentation
                ? "the Art. 6(3) exemption for narrow procedural tasks takes it out of high-risk, "
                + "provided the assessment is documented (Art. 6(4)), and "
                : "";
        if (!ethics.transparencyObligations().isEmpty()) {
            return new EuAiActScreening(EuAiActTier.LIMITED, articles, article6Documentation, exemption
                    + "it has transparency duties under Article 50: " + ethics.transparencyObligations().stream()
                    .map(duty -> duty.label().toLowerCase(Locale.ROOT) + " (" + duty.article() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return new EuAiActScreening(EuAiActTier.MINIMAL, articles, article6Documentation, exemption
                + "it uses no prohibited practice, is in no high-risk area and has no transparency duty");
    }
}
