package dev.greenlight.brief;

import dev.greenlight.document.Questionnaire;
import dev.greenlight.scoring.EthicsResult;
import dev.greenlight.scoring.FinancialInput;
import dev.greenlight.scoring.Mitigation;
import dev.greenlight.scoring.RequiredControl;
import dev.greenlight.scoring.RiskQuestion;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.TornadoRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the project brief shows, gathered by the caller so that {@link BriefWorkbook} needs neither Spring
 * nor the database. Every string here may have been typed by a user and is written as text, never as a formula.
 *
 * @param status       the review status as the reader should see it (e.g. "In review")
 * @param decision     the reviewer's decision text, or null while there is none
 * @param conditions   the conditions attached to the decision (not the engine's, which are in {@code score})
 * @param score        the stored score document, the source of every figure on the Brief sheet
 * @param financials   the inputs the score was computed from; the Assumptions sheet makes them editable
 * @param kpiBaseline  null when the team has no baseline yet
 * @param riskRegister one row per ethical risk question, see {@link #riskRegister(Map)}
 * @param mitigations  the controls the team committed to
 * @param answers      the whole questionnaire in reading order
 * @param history      oldest first
 * @param tracking     how the approved project does against its forecast (PRODUCT.md §7); null before approval
 * @param outsideView  what the organisation's tracked projects say about this forecast (§10.2), in words; null for none
 */
public record BriefData(String title, String author, String status, String decision, List<String> conditions,
                        ScoreResult score, FinancialInput financials, String kpiName, Double kpiBaseline,
                        Double kpiTarget, String kpiUnit, String killCriteria, List<RiskRow> riskRegister,
                        List<Mitigation> mitigations, List<Answer> answers, List<HistoryEntry> history, Tracking tracking,
                        String outsideView) {

    public BriefData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(financials, "financials");
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        riskRegister = riskRegister == null ? List.of() : List.copyOf(riskRegister);
        mitigations = mitigations == null ? List.of() : List.copyOf(mitigations);
        answers = answers == null ? List.of() : List.copyOf(answers);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The brief of an assessment that is not tracked. */
    public BriefData(String title, String author, String status, String decision, List<String> conditions, ScoreResult score,
                     FinancialInput financials, String kpiName, Double kpiBaseline, Double kpiTarget, String kpiUnit,
                     String killCriteria, List<RiskRow> riskRegister, List<Mitigation> mitigations, List<Answer> answers,
                     List<HistoryEntry> history) {
        this(title, author, status, decision, conditions, score, financials, kpiName, kpiBaseline, kpiTarget, kpiUnit, killCriteria,
                riskRegister, mitigations, answers, history, null, null);
    }

    /** The brief without the outside view. */
    public BriefData(String title, String author, String status, String decision, List<String> conditions, ScoreResult score,
                     FinancialInput financials, String kpiName, Double kpiBaseline, Double kpiTarget, String kpiUnit,
                     String killCriteria, List<RiskRow> riskRegister, List<Mitigation> mitigations, List<Answer> answers,
                     List<HistoryEntry> history, Tracking tracking) {
        this(title, author, status, decision, conditions, score, financials, kpiName, kpiBaseline, kpiTarget, kpiUnit, killCriteria,
                riskRegister, mitigations, answers, history, tracking, null);
    }

    /**
     * The Tracking sheet's content: the approval month (month 1) and version, the status as the app judged it, one
     * entry per month of the forecast (or to the last reported month, if later), the number of the last reported month
     * (0 before the first check-in), each kill rule with its state in words, and the re-forecast at the observed model
     * inputs (PRODUCT.md §10.1; null when no check-in reports any).
     */
    public record Tracking(String approvalMonth, int approvedVersion, String status, List<TrackedMonth> months, int lastReported,
                           List<String> killRules, Reforecast reforecast) {
        public Tracking {
            months = List.copyOf(months);
            killRules = List.copyOf(killRules);
        }

        public Tracking(String approvalMonth, int approvedVersion, String status, List<TrackedMonth> months, int lastReported,
                        List<String> killRules) {
            this(approvalMonth, approvedVersion, status, months, lastReported, killRules, null);
        }
    }

    /**
     * The re-forecast's basis, as the app took it: the check-in's month, and per observed input the benefit line's index
     * (0-based), the input's key and label and the observed value; {@code words} and {@code npv} as the app judged them.
     */
    public record Reforecast(String month, int monthNumber, List<Observed> observed, double npv, String words) {
        public Reforecast {
            observed = List.copyOf(observed);
        }
    }

    /** One observed input of the re-forecast. */
    public record Observed(int line, String input, String label, double value) {
    }

    /** A month of the Tracking sheet; the figures are what was reported (null when not), {@code reported} whether it was. */
    public record TrackedMonth(int number, String month, boolean reported, Double buildSpend, Double runCost,
                               Double realisedBenefit, Double kpiValue, Double modelMetricValue) {
    }

    /**
     * The annual compliance cost the ethics level added. Derived rather than passed in, so the Assumptions
     * sheet cannot start from a figure that disagrees with the score it explains.
     */
    public double complianceCost() {
        return score.financials().complianceCost();
    }

    /**
     * The controls the ethics level requires, each marked in place or not. Scoring decides which are missing; the
     * brief only prints it, and derives it here so the sheets cannot disagree with the score.
     */
    public List<RequiredControl> requiredControls() {
        return score.ethics().controls(mitigations);
    }

    /** The required controls the team has not committed to. */
    public List<Mitigation> missingControls() {
        return score.ethics().missingControls(mitigations);
    }

    /**
     * The three heaviest answers in the risk register, the missing controls the level requires, and the money
     * line the NPV is most sensitive to: what a reviewer would ask about first.
     */
    public List<String> topRisks() {
        var risks = new ArrayList<String>();
        riskRegister.stream()
                .filter(r -> r.points() > 0)
                .sorted(Comparator.comparingInt(BriefData.RiskRow::points).reversed())
                .limit(3)
                .forEach(r -> risks.add(r.question() + " " + r.answer() + " (" + r.points() + " of " + r.maxPoints()
                        + " risk points)"));
        EthicsResult e = score.ethics();
        risks.add("Ethics level " + e.level().name() + " (" + e.level().label() + "), EU AI Act tier: "
                + e.euAiActTier().label() + ".");
        var missing = missingControls().stream().map(Mitigation::label).toList();
        if (!missing.isEmpty()) {
            risks.add("Required controls not yet in place: " + String.join("; ", missing) + ".");
        }
        var tornado = score.financials().tornado();
        if (!tornado.isEmpty()) {
            TornadoRow top = tornado.getFirst();
            risks.add("The NPV is most sensitive to \u201C" + top.line() + "\u201D: " + Cells.moneyText(top.npvAtLow())
                    + " to " + Cells.moneyText(top.npvAtHigh()) + " " + score.financials().currency() + ".");
        }
        return risks;
    }

    /** One ethical risk question as scored: an unanswered question counts at its maximum, as in the engine. */
    public record RiskRow(String question, String answer, int points, int maxPoints) {
    }

    public record Answer(String question, String answer) {
    }

    public record HistoryEntry(Instant when, String who, String what) {
    }

    /**
     * The risk register for the ethics answers of an assessment (question key to option code), in the
     * questionnaire's order, each answer in the words the form offered it. Unknown keys are ignored, as the engine
     * ignores them.
     */
    public static List<RiskRow> riskRegister(Map<String, String> answers) {
        var rows = new ArrayList<RiskRow>();
        for (RiskQuestion q : RiskQuestion.values()) {
            String code = answers == null ? null : answers.get(q.key());
            if (code == null) {
                rows.add(new RiskRow(q.label(), "Not answered (counted at the maximum)", q.maxPoints(), q.maxPoints()));
            } else {
                rows.add(new RiskRow(q.label(), Questionnaire.optionLabel("ethics.answers." + q.key(), code), q.pointsFor(code),
                        q.maxPoints()));
            }
        }
        return rows;
    }

    /** "AUTOMATED_WITH_HUMAN_REVIEW" reads as "Automated with human review". */
    static String humanise(String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
