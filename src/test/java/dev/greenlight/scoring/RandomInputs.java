package dev.greenlight.scoring;

import dev.greenlight.document.EuAiActRulesFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Random valid engine input for the property tests. Amounts are whole numbers so that shifting a line by a whole
 * amount keeps its PERT shape bit for bit, and with it the Monte Carlo's random stream.
 */
final class RandomInputs {

    private final SplittableRandom random;

    RandomInputs(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} independent generators, each seeded from the master seed, one per parameterized case. */
    static Stream<RandomInputs> stream(long seed, int count) {
        var master = new SplittableRandom(seed);
        return Stream.generate(() -> new RandomInputs(master.nextLong())).limit(count);
    }

    SplittableRandom random() {
        return random;
    }

    ScoringInput scoringInput(Evidence evidenceForAllLines) {
        return new ScoringInput(narrative(), financials(evidenceForAllLines), ethics(), readiness(),
                random.nextBoolean() ? Locale.US : Locale.GERMANY);
    }

    /** Null evidence means each line gets its own random evidence. */
    FinancialInput financials(Evidence evidenceForAllLines) {
        int horizon = 1 + random.nextInt(10);
        var adoption = new ArrayList<Double>();
        for (int i = 0; i < horizon; i++) {
            adoption.add(random.nextInt(5) == 0 ? 1.0 : random.nextDouble());
        }
        return new FinancialInput(random.nextBoolean() ? "USD" : "EUR", horizon, random.nextDouble(0, 0.3),
                random.nextInt(6) == 0 ? 1.0 : random.nextDouble(0.05, 1.0),
                lines("Build", 1 + random.nextInt(3), 10_000, 2_000_000, evidenceForAllLines),
                lines("Run", random.nextInt(4), 1_000, 500_000, evidenceForAllLines),
                lines("Benefit", 1 + random.nextInt(3), 10_000, 3_000_000, evidenceForAllLines),
                adoption);
    }

    private List<MoneyLine> lines(String prefix, int count, long minLikely, long maxLikely, Evidence evidence) {
        var lines = new ArrayList<MoneyLine>();
        for (int i = 0; i < count; i++) {
            long likely = random.nextLong(minLikely, maxLikely);
            Evidence e = evidence != null ? evidence : Evidence.values()[random.nextInt(3)];
            if (random.nextInt(8) == 0) {
                lines.add(MoneyLine.fixed(prefix + " " + i, likely, e));
            } else {
                long low = likely - random.nextLong(0, likely + 1);
                long high = likely + random.nextLong(1, 2 * likely);
                lines.add(new MoneyLine(prefix + " " + i, low, likely, high, e));
            }
        }
        return lines;
    }

    EthicsInput ethics() {
        var answers = new EnumMap<RiskQuestion, String>(RiskQuestion.class);
        for (RiskQuestion question : RiskQuestion.values()) {
            if (random.nextInt(6) != 0) {
                var codes = List.copyOf(question.options().keySet());
                answers.put(question, codes.get(random.nextInt(codes.size())));
            }
        }
        var rules = EuAiActRulesFile.bundled();
        var roles = EuAiActRole.values();
        var eu = new EuAiActAnswers(random.nextInt(5) == 0 ? null : roles[random.nextInt(roles.length)],
                random.nextInt(8) == 0, random.nextInt(20) == 0 ? "SCIENTIFIC_RESEARCH_ONLY" : "NONE",
                codes(rules, "prohibitedPractices", 0.03), random.nextInt(10) == 0, codes(rules, "annexThreeUses", 0.05),
                codes(rules, "article6_3", 0.2), random.nextBoolean(),
                random.nextInt(4) == 0 ? "INTEGRATES_GPAI_MODEL" : "NONE", codes(rules, "transparencyObligations", 0.15));
        return new EthicsInput(answers, eu, subset(Mitigation.class, 0.4));
    }

    private java.util.Set<String> codes(EuAiActRules rules, String field, double share) {
        var set = new java.util.LinkedHashSet<String>();
        rules.question(field).options().forEach(o -> {
            if (random.nextDouble() < share) {
                set.add(o.code());
            }
        });
        return set;
    }

    ReadinessInput readiness() {
        return new ReadinessInput(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
    }

    NarrativeInput narrative() {
        return new NarrativeInput(random.nextBoolean() ? "Project " + random.nextInt(100) : null,
                random.nextBoolean() ? KpiType.values()[random.nextInt(KpiType.values().length)] : null,
                random.nextBoolean() ? "Average handling time" : null, random.nextBoolean() ? "minutes" : null,
                random.nextBoolean() ? random.nextDouble(0, 1000) : null,
                random.nextBoolean() ? random.nextDouble(0, 1000) : null,
                random.nextBoolean() ? random.nextInt(36) : null,
                random.nextBoolean() ? "Head of Operations" : null,
                random.nextBoolean() ? "Stop if the pilot misses its target.\nRevert after 3 months" : null,
                random.nextBoolean() ? List.of("Stop if the KPI is below 0.50 from month 6") : List.of());
    }

    private <E extends Enum<E>> EnumSet<E> subset(Class<E> type, double chance) {
        var set = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextDouble() < chance) {
                set.add(value);
            }
        }
        return set;
    }

    @Override
    public String toString() {
        return "random input";
    }
}
