package dev.greenlight.scoring;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The answers of {@code ethics.euAiAct} (PRODUCT.md §6.3). Codes are those of {@link EuAiActRules}; a null
 * answer is unanswered (a missing role counts as provider and deployer), null collections are empty.
 */
public record EuAiActAnswers(EuAiActRole role, Boolean becomesProvider, String scopeExclusion,
                             Set<String> prohibitedPractices, Boolean annexOneSafetyComponent,
                             Set<String> annexThreeUses, Set<String> article6_3, Boolean profilesPeople,
                             String generalPurposeAi, Set<String> transparencyObligations) {

    public EuAiActAnswers {
        prohibitedPractices = codes(prohibitedPractices, "prohibitedPractices");
        annexThreeUses = codes(annexThreeUses, "annexThreeUses");
        article6_3 = codes(article6_3, "article6_3");
        transparencyObligations = codes(transparencyObligations, "transparencyObligations");
    }

    /** Nothing answered yet. */
    public static EuAiActAnswers empty() {
        return new EuAiActAnswers(null, null, null, null, null, null, null, null, null, null);
    }

    /** The codes chosen for {@code field}: one for a choice, several for a multiple choice, none when unanswered. */
    Set<String> chosen(String field) {
        return switch (field) {
            case "role" -> role == null ? Set.of() : Set.of(role.name());
            case "scopeExclusion" -> scopeExclusion == null ? Set.of() : Set.of(scopeExclusion);
            case "generalPurposeAi" -> generalPurposeAi == null ? Set.of() : Set.of(generalPurposeAi);
            case "prohibitedPractices" -> prohibitedPractices;
            case "annexThreeUses" -> annexThreeUses;
            case "article6_3" -> article6_3;
            case "transparencyObligations" -> transparencyObligations;
            default -> Set.of();
        };
    }

    /** The answer to a yes/no field; null when unanswered. */
    Boolean yes(String field) {
        return switch (field) {
            case "becomesProvider" -> becomesProvider;
            case "annexOneSafetyComponent" -> annexOneSafetyComponent;
            case "profilesPeople" -> profilesPeople;
            default -> null;
        };
    }

    private static Set<String> codes(Collection<String> values, String field) {
        var set = new LinkedHashSet<String>();
        if (values != null) {
            for (String value : values) {
                if (value == null) {
                    throw new IllegalArgumentException("ethics.euAiAct." + field + " must not contain null");
                }
                set.add(value);
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
