package dev.greenlight.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The EU AI Act's screening logic as reviewed data (PRODUCT.md §6.3): every question and option with its article
 * and EUR-Lex link, the obligations per tier and role with the date each applies from and the source of that
 * date, the points where sources disagree, and when the file was last reviewed. The file, {@code eu-ai-act.json}
 * beside this class, is read and checked outside this JDK-only module (the document module's
 * {@code EuAiActRulesFile}); {@link EuAiActScreener} interprets it. Nothing legal lives in Java: a change in the
 * law is a change to the file and its tests.
 */
public record EuAiActRules(LocalDate lastReviewed, String reviewNote, String lawTitle, String lawUrl,
                           Map<String, Source> sources, Map<String, DateRule> dates, Map<String, Dispute> disputes,
                           List<Question> questions, List<Obligation> obligations, Map<String, String> messages,
                           Map<String, String> conditions) {

    /** The fields of {@code ethics.euAiAct}, each asked by exactly one question of the file. */
    public static final List<String> FIELDS = List.of("role", "becomesProvider", "scopeExclusion",
            "prohibitedPractices", "annexOneSafetyComponent", "annexThreeUses", "article6_3", "profilesPeople",
            "generalPurposeAi", "transparencyObligations");

    /** The sentences the interpreter assembles its findings from; the file must give each. */
    public static final List<String> MESSAGES = List.of("HIGH_RISK_USE", "PROHIBITED_USE", "TRANSPARENCY_USE",
            "ART_6_3_EXEMPT", "PROFILING_OVERRIDE", "PROFILING_UNANSWERED", "ART_25_PROVIDER", "ART_25_NOT_HIGH_RISK",
            "DEPLOYER_INTEGRATES_GPAI", "ROLE_UNANSWERED", "REASON_OUT_OF_SCOPE", "REASON_PROHIBITED",
            "REASON_HIGH_RISK", "REASON_LIMITED", "REASON_MINIMAL", "REQUIRED_FROM");

    /** How much a source can be trusted: the UI says "reported" for anything below {@link #PRIMARY}. */
    public enum SourceKind {
        PRIMARY("primary source: the text of the law"),
        OFFICIAL("official source read through a copy"),
        SECONDARY("secondary source only: reported, not settled law");

        private final String label;

        SourceKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Source(String id, SourceKind kind, String title, String url, String says) {
    }

    public record DateRule(String id, LocalDate appliesFrom, LocalDate originally, String source, String says) {
    }

    public record Position(String says, String source) {
    }

    public record Dispute(String id, String about, List<Position> positions, String encoded) {
    }

    public enum Kind { CHOICE, MULTI_CHOICE, YES_NO }

    /** What choosing an option (or answering yes) does to the screening. */
    public enum Effect {
        NONE, OUT_OF_SCOPE, PROHIBITED, HIGH_RISK, NOT_HIGH_RISK, ARTICLE_6_3, PROFILING, DEPLOYER_BECOMES_PROVIDER,
        GPAI, GPAI_DOWNSTREAM, TRANSPARENCY
    }

    /** Who an obligation binds. */
    public enum Party { PROVIDER, DEPLOYER, ANY }

    /**
     * @param route     for a high-risk effect, the key of {@link #dates()} its duties date from
     * @param legacyArea the schema-1 Annex III area this option stands for when a document is upgraded
     */
    public record Option(String code, String label, String article, String url, Effect effect, String route,
                         String finding, String date, String legacyArea) {
    }

    /** One question; a yes/no question carries its effect itself, the others on their options. */
    public record Question(String field, Kind kind, String text, String help, String article, String url,
                           Effect effect, String route, String finding, List<Option> options) {

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    /**
     * When an obligation applies; every given part must hold.
     *
     * @param options              "field=CODE" selections, any of which is enough
     * @param anyHighRiskUseExcept at least one high-risk Annex III use outside this list
     */
    public record When(Set<EuAiActTier> tiers, Set<String> routes, List<String> options, Set<String> anyUse,
                       Set<String> noUse, Set<String> anyHighRiskUseExcept, Boolean article6_3Exempt) {
    }

    /**
     * @param date            key of {@link #dates()}, or null when {@code dateByRoute} or {@code dateFromOptions}
     * @param dateByRoute     dated by the earliest route that made the system high-risk
     * @param dateFromOptions the field whose chosen options carry the dates (the earliest counts)
     * @param condition       key of {@link #conditions()}: the approval condition this obligation belongs to
     */
    public record Obligation(String id, When when, Party appliesTo, String article, String title, String url,
                             String date, boolean dateByRoute, String dateFromOptions, String dispute, String note,
                             String condition) {
    }

    public Question question(String field) {
        return questions.stream().filter(q -> q.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no EU AI Act question for " + field));
    }

    /** The code a schema-1 Annex III area becomes (PRODUCT.md §6.3), if the file knows the area. */
    public Optional<String> codeForLegacyArea(String area) {
        return question("annexThreeUses").options().stream().filter(o -> area.equals(o.legacyArea()))
                .map(Option::code).findFirst();
    }

    /** Message {@code key} with each {@code {name}} replaced by the value after it in {@code pairs}. */
    public String message(String key, String... pairs) {
        String text = messages.get(key);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        return text;
    }

    /** "1 December 2026", as the page and the brief say "EU AI Act rules reviewed on …". */
    public String reviewedOn() {
        return EuAiActScreening.spoken(lastReviewed);
    }
}
