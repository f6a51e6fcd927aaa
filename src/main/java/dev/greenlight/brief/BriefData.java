package dev.greenlight.brief;

import dev.greenlight.scoring.EthicsInput;
import dev.greenlight.scoring.FinancialInput;
import dev.greenlight.scoring.ScoreResult;

/** Everything the Excel brief shows, POI-free: the answers' money section and the engine's score of them. */
public record BriefData(String title, String author, String status, FinancialInput financials, EthicsInput ethics,
                        ScoreResult score) {
}
