package dev.greenlight.scoring;

import dev.greenlight.scoring.EuAiActRules.Effect;
import dev.greenlight.scoring.EuAiActRules.Obligation;
import dev.greenlight.scoring.EuAiActRules.Option;
import dev.greenlight.scoring.EuAiActRules.Party;
import dev.greenlight.scoring.EuAiActRules.Question;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Interprets {@link EuAiActRules} for one set of answers, in the order of PRODUCT.md §6.3: scope exclusions, then
 * Article 5, Annex I, the Annex III uses and their carve-outs, the Art. 6(3) conditions and the profiling
 * override, the role and Art. 25, general-purpose AI and Article 50 stacked on any tier. Every word and date it
 * returns comes from the file. A triage aid, not legal advice.
 */
public final class EuAiActScreener {

    private EuAiActScreener() {
    }

    public static EuAiActScreening screen(EuAiActRules rules, EuAiActAnswers answers) {
        return new Run(rules, answers == null ? EuAiActAnswers.empty() : answers).screen();
    }

    private static final class Run {
        private final EuAiActRules rules;
        private final EuAiActAnswers answers;
        private final List<String> articles = new ArrayList<>();
        private final List<String> findings = new ArrayList<>();
        private final List<String> unanswered = new ArrayList<>();
        private final List<String> grounds = new ArrayList<>();
        private final Set<String> routes = new LinkedHashSet<>();
        private final Set<String> highRiskUses = new LinkedHashSet<>();
        private boolean exempt;

        Run(EuAiActRules rules, EuAiActAnswers answers) {
            this.rules = rules;
            this.answers = answers;
            for (Question q : rules.questions()) {
                for (String code : answers.chosen(q.field())) {
                    if (q.option(code).isEmpty()) {
                        throw new IllegalArgumentException("ethics.euAiAct." + q.field() + ": " + code
                                + " is not an option of the EU AI Act rules reviewed " + rules.lastReviewed());
                    }
                }
            }
        }

        EuAiActScreening screen() {
            EuAiActRole role = answers.role();
            if (role == null) {
                role = EuAiActRole.PROVIDER_AND_DEPLOYER;
                unanswered.add("ethics.euAiAct.role");
            }
            List<Option> scope = chosen("scopeExclusion", Effect.OUT_OF_SCOPE);
            if (!scope.isEmpty()) {
                scope.forEach(o -> note(o.article(), o.finding()));
                return result(EuAiActTier.OUT_OF_SCOPE, role, false, "REASON_OUT_OF_SCOPE");
            }
            List<Option> banned = chosen("prohibitedPractices", Effect.PROHIBITED);
            if (!banned.isEmpty()) {
                banned.forEach(o -> note(o.article(), rules.message("PROHIBITED_USE", "label", lowerFirst(o.label()),
                        "article", o.article())));
                return result(EuAiActTier.PROHIBITED, role, false, "REASON_PROHIBITED");
            }
            Question annexOne = rules.question("annexOneSafetyComponent");
            if (Boolean.TRUE.equals(answers.annexOneSafetyComponent())) {
                routes.add(annexOne.route());
                grounds.add(annexOne.article());
                note(annexOne.article(), annexOne.finding());
            }
            annexThree();
            List<Option> transparency = chosen("transparencyObligations", Effect.TRANSPARENCY);
            transparency.forEach(o -> note(o.article(), rules.message("TRANSPARENCY_USE", "label", lowerFirst(o.label()),
                    "article", o.article())));
            EuAiActTier tier = !routes.isEmpty() ? EuAiActTier.HIGH_RISK
                    : transparency.isEmpty() ? EuAiActTier.MINIMAL : EuAiActTier.LIMITED;
            boolean turnedProvider = false;
            if (role == EuAiActRole.DEPLOYER && Boolean.TRUE.equals(answers.becomesProvider())) {
                turnedProvider = tier == EuAiActTier.HIGH_RISK;
                note(rules.question("becomesProvider").article(),
                        rules.message(turnedProvider ? "ART_25_PROVIDER" : "ART_25_NOT_HIGH_RISK"));
            }
            if (role == EuAiActRole.DEPLOYER && !chosen("generalPurposeAi", Effect.GPAI_DOWNSTREAM).isEmpty()) {
                findings.add(rules.message("DEPLOYER_INTEGRATES_GPAI"));
            }
            return result(tier, role, turnedProvider, "REASON_" + tier.name());
        }

        /** Annex III: carve-outs are findings; a high-risk use is high-risk unless Art. 6(3) takes it out. */
        private void annexThree() {
            for (Option carveOut : chosen("annexThreeUses", Effect.NOT_HIGH_RISK)) {
                note(carveOut.article(), carveOut.finding());
            }
            List<Option> uses = chosen("annexThreeUses", Effect.HIGH_RISK);
            if (uses.isEmpty()) {
                return;
            }
            List<Option> claims = chosen("article6_3", Effect.ARTICLE_6_3);
            Question profiling = rules.question("profilesPeople");
            if (!claims.isEmpty()) {
                if (Boolean.FALSE.equals(answers.profilesPeople())) {
                    exempt = true;
                    claims.forEach(c -> articles.add(c.article()));
                    findings.add(rules.message("ART_6_3_EXEMPT", "articles",
                            String.join(", ", claims.stream().map(Option::article).toList())));
                    return;
                }
                if (answers.profilesPeople() == null) {
                    unanswered.add("ethics.euAiAct.profilesPeople");
                }
                note(profiling.article(), rules.message(answers.profilesPeople() == null
                        ? "PROFILING_UNANSWERED" : "PROFILING_OVERRIDE"));
            }
            // the question's leading provision ("Art. 6(2)" of "Art. 6(2), Annex III") is the ground, then each point
            grounds.add(rules.question("annexThreeUses").article().split(",")[0]);
            for (Option use : uses) {
                routes.add(use.route());
                highRiskUses.add(use.code());
                grounds.add(use.article());
                note(use.article(), use.finding() != null ? use.finding()
                        : rules.message("HIGH_RISK_USE", "label", lowerFirst(use.label()), "article", use.article()));
            }
        }

        private EuAiActScreening result(EuAiActTier tier, EuAiActRole role, boolean turnedProvider, String reasonKey) {
            if (unanswered.contains("ethics.euAiAct.role")) {
                findings.add(rules.message("ROLE_UNANSWERED"));
            }
            boolean provider = role.provides() || turnedProvider;
            var obligations = new ArrayList<EuAiActObligation>();
            var byCondition = new LinkedHashMap<String, List<EuAiActObligation>>();
            for (Obligation o : rules.obligations()) {
                boolean party = o.appliesTo() == Party.ANY || (o.appliesTo() == Party.PROVIDER ? provider : role.deploys());
                if (party && applies(o, tier)) {
                    var found = obligation(o);
                    obligations.add(found);
                    if (o.condition() != null && tier != EuAiActTier.PROHIBITED) {
                        byCondition.computeIfAbsent(o.condition(), key -> new ArrayList<>()).add(found);
                    }
                }
            }
            var conditions = new ArrayList<String>();
            byCondition.forEach((key, list) -> conditions.add(condition(key, list)));
            String reason = rules.message(reasonKey) + (findings.isEmpty() ? "" : " (" + String.join("; ", findings) + ")");
            return new EuAiActScreening(tier, List.copyOf(new LinkedHashSet<>(articles)), exempt, reason, role,
                    findings, obligations, conditions, unanswered, rules.lastReviewed().toString());
        }

        private boolean applies(Obligation o, EuAiActTier tier) {
            var when = o.when();
            if (!when.tiers().isEmpty() && !when.tiers().contains(tier)) {
                return false;
            }
            if (!when.routes().isEmpty() && when.routes().stream().noneMatch(routes::contains)) {
                return false;
            }
            if (when.article6_3Exempt() != null && when.article6_3Exempt() != exempt) {
                return false;
            }
            Set<String> uses = answers.annexThreeUses();
            if (!when.anyUse().isEmpty() && when.anyUse().stream().noneMatch(highRiskUses::contains)) {
                return false;
            }
            if (when.noUse().stream().anyMatch(uses::contains)) {
                return false;
            }
            if (!when.anyHighRiskUseExcept().isEmpty()
                    && highRiskUses.stream().allMatch(when.anyHighRiskUseExcept()::contains)) {
                return false;
            }
            return when.options().isEmpty() || when.options().stream().anyMatch(selection -> {
                var parts = selection.split("=", 2);
                return answers.chosen(parts[0]).contains(parts[1]);
            });
        }

        private EuAiActObligation obligation(Obligation o) {
            var date = rules.dates().get(dateKey(o));
            var source = rules.sources().get(date.source());
            var notes = new ArrayList<String>();
            if (o.note() != null) {
                notes.add(o.note());
            }
            notes.add("Date: " + date.says());
            if (o.dispute() != null) {
                var d = rules.disputes().get(o.dispute());
                notes.add("Sources disagree on " + d.about() + ": " + String.join("; ", d.positions().stream()
                        .map(p -> p.says() + " (" + sourceName(p.source()) + ")").toList()) + ". Encoded: " + d.encoded());
            }
            return new EuAiActObligation(o.article(), o.title(), o.url(), o.appliesTo().name(),
                    date.appliesFrom().toString(), source.title(), source.kind().name(), source.url(),
                    String.join(" ", notes));
        }

        private String sourceName(String source) {
            var known = rules.sources().get(source);
            return known == null ? source : known.title();
        }

        /** The date key of an obligation: its own, the earliest of the high-risk routes, or of the chosen options. */
        private String dateKey(Obligation o) {
            if (o.date() != null) {
                return o.date();
            }
            List<String> keys = o.dateByRoute() ? List.copyOf(routes)
                    : chosen(o.dateFromOptions(), null).stream().map(Option::date).toList();
            return keys.stream().min((a, b) -> appliesFrom(a).compareTo(appliesFrom(b)))
                    .orElseThrow(() -> new IllegalStateException("obligation " + o.id() + " has no date to apply"));
        }

        private LocalDate appliesFrom(String key) {
            return rules.dates().get(key).appliesFrom();
        }

        private String condition(String key, List<EuAiActObligation> list) {
            String head = rules.conditions().get(key).replace("{grounds}", String.join(", ", grounds));
            boolean oneDate = list.stream().map(EuAiActObligation::appliesFrom).distinct().count() == 1;
            var items = list.stream().map(o -> lowerFirst(o.title()) + " (" + o.article()
                    + (oneDate ? "" : ", " + rules.message("REQUIRED_FROM", "date", EuAiActScreening.spoken(o.date())))
                    + ")").toList();
            String due = oneDate ? " — " + rules.message("REQUIRED_FROM", "date", EuAiActScreening.spoken(list.get(0).date())) : "";
            return head + ": " + String.join("; ", items) + due;
        }

        /** The chosen options of {@code field} with {@code effect} (any effect when null), in the file's order. */
        private List<Option> chosen(String field, Effect effect) {
            Set<String> codes = answers.chosen(field);
            return rules.question(field).options().stream()
                    .filter(o -> codes.contains(o.code()) && (effect == null || o.effect() == effect)).toList();
        }

        private void note(String article, String finding) {
            articles.add(article);
            if (finding != null) {
                findings.add(finding);
            }
        }
    }

    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
