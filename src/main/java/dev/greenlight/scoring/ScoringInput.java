package dev.greenlight.scoring;

import java.util.Locale;

/**
 * Everything the engine scores. Financials are required; a missing narrative, ethics or readiness section is
 * scored as empty (unknown ethics counts as worst case), and a missing locale means {@link Locale#US}.
 */
public record ScoringInput(NarrativeInput narrative, FinancialInput financials, EthicsInput ethics,
                           ReadinessInput readiness, Locale locale) {
}
