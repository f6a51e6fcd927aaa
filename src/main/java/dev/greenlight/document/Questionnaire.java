package dev.greenlight.document;

import dev.greenlight.document.AssessmentDocument.MeasurementMethod;
import dev.greenlight.document.AssessmentDocument.StrategicFit;
import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.KpiType;
import dev.greenlight.scoring.Mitigation;
import dev.greenlight.scoring.RiskQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The product manager's questions (PRODUCT.md §2.1) as data: each question's JSON path, label, help text
 * (why it matters and a short good example), kind, options and limits. The wizard is generated from this
 * one catalogue; the money lines are the only part with their own editor.
 */
public final class Questionnaire {

    public enum Step {
        PROBLEM("Business problem"), METRIC("Success metric"), ROI("ROI"), ETHICS("Ethical risk"), REVIEW("Review");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Kind { TEXT, TEXTAREA, NUMBER, INTEGER, PERCENT, CHOICE, MULTI_CHOICE, YES_NO }

    /**
     * One question. {@code options} maps stored codes to the words people read; {@code article} and {@code url}
     * cite the law for the EU AI Act questions (null elsewhere).
     */
    public record Question(Step step, String path, String label, String help, Kind kind,
                           Map<String, String> options, int maxLength, Double min, Double max, String article,
                           String url) {

        public Question(Step step, String path, String label, String help, Kind kind, Map<String, String> options,
                        int maxLength, Double min, Double max) {
            this(step, path, label, help, kind, options, maxLength, min, max, null, null);
        }

        public boolean required() {
            return path.equals("title");
        }
    }

    private static final List<Question> QUESTIONS = build();

    private Questionnaire() {
    }

    public static List<Question> all() {
        return QUESTIONS;
    }

    public static List<Question> of(Step step) {
        return QUESTIONS.stream().filter(q -> q.step() == step).toList();
    }

    /** The words for a stored code of the question at {@code path} ("A_B_TEST" of the measurement method is "A/B test"). */
    public static String optionLabel(String path, String code) {
        return QUESTIONS.stream().filter(q -> q.path().equals(path)).findFirst()
                .map(q -> q.options().getOrDefault(code, humanise(code))).orElseGet(() -> humanise(code));
    }

    /** What an option means in practice ("It suggests a decision; a person makes every decision …"), or null. */
    public static String optionHelp(String path, String code) {
        String prefix = "ethics.answers.";
        return path.startsWith(prefix) ? EthicsOptionHelp.of(path.substring(prefix.length()), code) : null;
    }

    public static Step stepOf(String path) {
        if (path.startsWith("financials")) {
            return Step.ROI;
        }
        if (path.startsWith("ethics")) {
            return Step.ETHICS;
        }
        if (path.startsWith("successMetric")) {
            return Step.METRIC;
        }
        return Step.PROBLEM;
    }

    private static List<Question> build() {
        var q = new ArrayList<Question>();
        var p = Step.PROBLEM;
        q.add(text(p, "title", "Title", "A short name leadership will recognise. Example: “Card fraud early warning”.", AssessmentValidator.TITLE_MAX));
        q.add(text(p, "summary", "One-line summary", "What the system does, in one sentence. Example: “Flag high-risk card transactions before settlement”.", AssessmentValidator.SUMMARY_MAX));
        q.add(text(p, "team", "Team", "Who will build and run it.", AssessmentValidator.TEAM_MAX));
        q.add(area(p, "problem.statement", "What business problem are we solving?",
                "Start from the pain, not the model. Good: “Reduce fraudulent transactions by about 15 %, saving an estimated $2 million this year.”"));
        q.add(area(p, "problem.affectedStakeholders", "Who is affected?", "Customers, staff, partners: whose work or outcomes change."));
        q.add(area(p, "problem.currentProcess", "How is it done today, and what does that cost?",
                "This is the baseline every benefit is measured against. Example: “Six analysts review 2,000 alerts a day; $13.3M lost to fraud last year.”"));
        q.add(area(p, "problem.whyMachineLearning", "Why machine learning?", "What can a model do here that rules or people cannot? If a rule would do, say so."));
        q.add(area(p, "problem.nonAiAlternative", "What is the best non-AI alternative?",
                "The honest comparison: better rules, a process change, buying a product. Readiness counts it."));
        q.add(choice(p, "problem.strategicFit", "Strategic fit", "CORE projects protect the business; EXPLORATORY ones buy learning.", StrategicFit.values(), e -> humanise(e.name())));
        q.add(text(p, "problem.sponsor", "Sponsor", "The executive who owns the outcome. Example: “VP Payments”.", AssessmentValidator.SHORT_TEXT_MAX));

        var m = Step.METRIC;
        q.add(choice(m, "successMetric.kpiType", "Kind of KPI", "What kind of value the project creates.", KpiType.values(), KpiType::label));
        q.add(text(m, "successMetric.kpiName", "KPI", "The business number that should move. Example: “Annual card-fraud losses”.", AssessmentValidator.SHORT_TEXT_MAX));
        q.add(text(m, "successMetric.unit", "Unit", "Example: USD, %, hours/month.", AssessmentValidator.UNIT_MAX));
        q.add(number(m, "successMetric.baseline", "Baseline", "Where the KPI stands today. Readiness counts a known baseline.", null, null));
        q.add(number(m, "successMetric.target", "Target", "Where it should be once the system works.", null, null));
        q.add(integer(m, "successMetric.monthsToImpact", "Months to measurable impact", "How long until the KPI visibly moves.", 0, AssessmentValidator.MAX_MONTHS_TO_IMPACT));
        q.add(text(m, "successMetric.modelMetric", "Model metric that drives the KPI",
                "Link the technical metric to the business one. Example: “Recall at 0.5 % alert rate”.", AssessmentValidator.SHORT_TEXT_MAX));
        q.add(number(m, "successMetric.modelBaseline", "Model metric today", "Baseline of the model metric (e.g. the current rules' recall).", null, null));
        q.add(number(m, "successMetric.modelTarget", "Model metric target", "The value the model must reach for the KPI to move.", null, null));
        q.add(choice(m, "successMetric.measurementMethod", "How will we measure it?",
                "An A/B test or shadow mode separates the model's effect from everything else.", MeasurementMethod.values(), Questionnaire::method));
        q.add(area(m, "successMetric.guardrails", "Guardrail metrics", "What must not get worse. Example: “False-positive rate stays under 2 %; checkout latency under 150 ms”."));
        q.add(area(m, "successMetric.killCriteria", "Kill criteria", "When do we stop? Example: “Recall below 0.50 after the 3-month pilot”."));

        var r = Step.ROI;
        q.add(new Question(r, "financials.currency", "Currency", "Type to find it: the code (EUR) or the name (euro).",
                Kind.CHOICE, currencies(), 0, null, null));
        q.add(integer(r, "financials.horizonYears", "Horizon (years)", "How many years of benefits and running costs to count (1–10).",
                AssessmentValidator.MIN_HORIZON, AssessmentValidator.MAX_HORIZON));
        q.add(percent(r, "financials.discountRate", "Discount rate", "Your finance team's hurdle rate; money later is worth less than money now.", 0.0, 0.99));
        q.add(percent(r, "financials.probabilityOfSuccess", "Probability of technical success",
                "How likely the model reaches its target at all. If it fails, the build cost is lost.", 0.0, 1.0));

        var e = Step.ETHICS;
        for (var risk : RiskQuestion.values()) {
            var options = new LinkedHashMap<String, String>();
            risk.options().keySet().forEach(code -> options.put(code, optionLabel(code)));
            q.add(new Question(e, "ethics.answers." + risk.key(), risk.label(),
                    "Unanswered questions count as the riskiest answer until you answer them.", Kind.CHOICE, options, 0, null, null));
        }
        q.addAll(euAiAct(EuAiActRulesFile.bundled()));
        q.add(multi(e, "ethics.mitigations", "Mitigations in place or committed",
                "Each earns credit against the raw risk (up to 40 %); the level's required controls become approval conditions.",
                Mitigation.values(), x -> x.label() + " (credit " + x.credit() + ")"));
        return List.copyOf(q);
    }

    /**
     * The EU AI Act questions, worded, ordered and cited by the rules file (PRODUCT.md §6.3): role, scope,
     * prohibited practices, the specific use, the Art. 6(3) conditions, general-purpose AI, transparency.
     */
    static List<Question> euAiAct(EuAiActRules rules) {
        var questions = new ArrayList<Question>();
        for (var rule : rules.questions()) {
            var kind = switch (rule.kind()) {
                case CHOICE -> Kind.CHOICE;
                case MULTI_CHOICE -> Kind.MULTI_CHOICE;
                case YES_NO -> Kind.YES_NO;
            };
            Map<String, String> options;
            if (kind == Kind.YES_NO) {
                options = yesNo(Step.ETHICS, "", "").options();
            } else {
                var map = new LinkedHashMap<String, String>();
                rule.options().forEach(o -> map.put(o.code(), o.label() + " — " + o.article()));
                options = map;
            }
            questions.add(new Question(Step.ETHICS, "ethics.euAiAct." + rule.field(), rule.text() + " (" + rule.article() + ")",
                    rule.help(), kind, options, 0, null, null, rule.article(), rule.url()));
        }
        return questions;
    }

    private static Question text(Step s, String path, String label, String help, int max) {
        return new Question(s, path, label, help, Kind.TEXT, Map.of(), max, null, null);
    }

    private static Question area(Step s, String path, String label, String help) {
        return new Question(s, path, label, help, Kind.TEXTAREA, Map.of(), AssessmentValidator.LONG_TEXT_MAX, null, null);
    }

    private static Question number(Step s, String path, String label, String help, Double min, Double max) {
        return new Question(s, path, label, help, Kind.NUMBER, Map.of(), 0, min, max);
    }

    private static Question integer(Step s, String path, String label, String help, int min, int max) {
        return new Question(s, path, label, help, Kind.INTEGER, Map.of(), 0, (double) min, (double) max);
    }

    private static Question percent(Step s, String path, String label, String help, double min, double max) {
        return new Question(s, path, label, help, Kind.PERCENT, Map.of(), 0, min, max);
    }

    private static Question yesNo(Step s, String path, String label) {
        var options = new LinkedHashMap<String, String>();
        options.put("true", "Yes");
        options.put("false", "No");
        return new Question(s, path, label, "", Kind.YES_NO, options, 0, null, null);
    }

    private static <E extends Enum<E>> Question choice(Step s, String path, String label, String help, E[] values, Function<E, String> words) {
        return new Question(s, path, label, help, Kind.CHOICE, options(values, words), 0, null, null);
    }

    private static <E extends Enum<E>> Question multi(Step s, String path, String label, String help, E[] values, Function<E, String> words) {
        return new Question(s, path, label, help, Kind.MULTI_CHOICE, options(values, words), 0, null, null);
    }

    private static <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> words) {
        var map = new LinkedHashMap<String, String>();
        Arrays.stream(values).forEach(v -> map.put(v.name(), words.apply(v)));
        return map;
    }

    /** Every ISO 4217 currency the JDK knows, by code: "EUR — Euro". */
    private static Map<String, String> currencies() {
        var options = new LinkedHashMap<String, String>();
        java.util.Currency.getAvailableCurrencies().stream()
                .sorted(java.util.Comparator.comparing(java.util.Currency::getCurrencyCode))
                .forEach(c -> options.put(c.getCurrencyCode(), c.getCurrencyCode() + " — " + c.getDisplayName(java.util.Locale.ENGLISH)));
        return options;
    }

    private static String method(MeasurementMethod method) {
        return switch (method) {
            case A_B_TEST -> "A/B test";
            case PILOT -> "Pilot";
            case BEFORE_AFTER -> "Before and after";
            case SHADOW_MODE -> "Shadow mode";
        };
    }

    /** A risk option in words: the counts of people spelled out ("Under 10 million"), the rest humanised. */
    static String optionLabel(String code) {
        return switch (code) {
            case "UNDER_1K" -> "Under 1,000";
            case "UNDER_100K" -> "Under 100,000";
            case "UNDER_10M" -> "Under 10 million";
            case "OVER_10M" -> "Over 10 million";
            default -> humanise(code);
        };
    }

    public static String humanise(String code) {
        var words = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
