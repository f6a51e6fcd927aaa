package dev.greenlight.scoring.bench;

import dev.greenlight.document.EuAiActRulesFile;
import dev.greenlight.scoring.GreenlightScorer;
import dev.greenlight.scoring.SampleInputs;
import dev.greenlight.scoring.ScoreResult;
import dev.greenlight.scoring.ScoringInput;
import dev.greenlight.scoring.ScoringModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Time to score one assessment end to end (ethics, financials, Monte Carlo, tornado, texts) — the budget is a
 * median of 10 ms at 10,000 trials and 100 ms at 100,000 on a 2-core machine. Run it as described in
 * {@code README.md} (section "Benchmark"); tests never assert on time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    @Param({"10000", "100000"})
    public int trials;

    private GreenlightScorer scorer;
    private ScoringInput input;

    @Setup
    public void setUp() {
        scorer = new GreenlightScorer(ScoringModel.V1.withTrials(trials), EuAiActRulesFile.bundled());
        input = SampleInputs.fraud();
    }

    @Benchmark
    public ScoreResult scoreTheFraudCase() {
        return scorer.score(input);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ScoringBenchmark.class.getSimpleName()).build()).run();
    }
}
