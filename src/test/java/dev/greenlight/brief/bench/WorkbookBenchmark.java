package dev.greenlight.brief.bench;

import dev.greenlight.brief.BriefData;
import dev.greenlight.brief.BriefWorkbook;
import dev.greenlight.brief.PortfolioRow;
import dev.greenlight.brief.PortfolioWorkbook;
import dev.greenlight.brief.SampleBriefs;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The workbook budgets of issue 5: a brief in a median of 300 ms once warm, and a 10,000-row portfolio in 3 s
 * within a 256 MB heap. A plain harness rather than JMH because the portfolio run is about memory as much as
 * time; run it with {@code -Xmx256m} as described in the report of issue 5. Tests never assert on time.
 */
public final class WorkbookBenchmark {

    private static final int BRIEF_WARMUP = 30;
    private static final int BRIEF_RUNS = 50;
    private static final int PORTFOLIO_ROWS = 10_000;
    private static final int PORTFOLIO_RUNS = 3;

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf("max heap %d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        BriefData data = SampleBriefs.brief(SampleBriefs.files().findFirst().orElseThrow());
        var writer = new BriefWorkbook();
        int size = 0;
        for (int i = 0; i < BRIEF_WARMUP; i++) {
            size = writer.write(data).length;
        }
        long[] nanos = new long[BRIEF_RUNS];
        for (int i = 0; i < BRIEF_RUNS; i++) {
            long start = System.nanoTime();
            writer.write(data);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("brief: median %.1f ms, min %.1f ms, max %.1f ms over %d warm runs (%d bytes)%n",
                nanos[BRIEF_RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[BRIEF_RUNS - 1] / 1e6, BRIEF_RUNS, size);

        List<PortfolioRow> rows = rows(PORTFOLIO_ROWS);
        var file = Files.createTempFile("portfolio", ".xlsx");
        try {
            for (int run = 1; run <= PORTFOLIO_RUNS; run++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    new PortfolioWorkbook().write(rows, out);
                }
                long elapsed = System.nanoTime() - start;
                System.out.printf("portfolio %,d rows, run %d: %.0f ms, %,d bytes, peak heap %d MB%n", PORTFOLIO_ROWS,
                        run, elapsed / 1e6, Files.size(file), peakHeap() >> 20);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Rows made on demand, as a repository stream would hand them over, so the input itself holds no heap. */
    private static List<PortfolioRow> rows(int count) {
        String[] recommendations = {"GO", "GO_WITH_CONDITIONS", "REVISE", "NO_GO"};
        return new AbstractList<>() {
            @Override
            public PortfolioRow get(int i) {
                var random = new Random(i);
                return new PortfolioRow("Assessment " + i + " with a realistic title length", "Team " + (i % 17),
                        "owner" + (i % 40) + "@example.com", "In review", recommendations[random.nextInt(4)],
                        100.0 * (count - i) / count, random.nextDouble() * 100, random.nextDouble() * 100,
                        random.nextDouble() * 100, random.nextDouble() * 100, "USD", random.nextGaussian() * 1e6,
                        random.nextGaussian() * 8e5, random.nextDouble(), random.nextDouble() * 33, "II", "HIGH_RISK",
                        Instant.parse("2026-03-01T00:00:00Z").plusSeconds(i));
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of heap pool peaks: an upper bound, since pools do not peak at the same moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
