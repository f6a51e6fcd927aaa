package dev.greenlight.scoring;

import java.util.List;

/**
 * The EU AI Act tier and the provisions that decided it.
 *
 * @param reason a phrase naming what decided the tier, to follow "because" (e.g. "it is used in employment
 *               (Annex III 4)")
 */
public record EuAiActScreening(EuAiActTier tier, List<String> articles, boolean article6Documentation,
                               String reason) {

    public EuAiActScreening {
        articles = List.copyOf(articles);
    }
}
