package dev.greenlight.document.bench;

import dev.greenlight.document.ValidationCsv;
import dev.greenlight.scoring.ValidationCurve;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Time and memory to read 5,000,000 rows of validation results (issue 23: ≤ 3 s server time on 2 cores, memory
 * bounded by the thresholds kept, not the rows). Writes a generated CSV of about 45 MB (scores with six decimals,
 * so more than 1,000 distinct: the histogram pass runs too), reads it seven times and prints the median time and
 * the peak heap in use above what was in use before. Run it with {@code -Xmx256m} on the test classpath (README,
 * "Benchmark"); tests never assert on time.
 */
public final class ValidationUploadBenchmark {

    private static final int ROWS = 5_000_000;

    private ValidationUploadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = Files.createTempFile("validation-bench-", ".csv");
        try {
            write(csv);
            System.out.printf("file: %,d rows, %.1f MB%n", ROWS, Files.size(csv) / 1e6);
            long[] millis = new long[7];
            long peak = 0;
            ValidationCurve curve = null;
            for (int run = 0; run < millis.length; run++) {
                System.gc();
                long before = used();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(csv)) {
                    curve = ValidationCsv.read(in, "bench.csv", 200L << 20);
                }
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                peak = Math.max(peak, peakUsed() - before);
            }
            Arrays.sort(millis);
            System.out.printf("points %d, P %.0f, Q %.0f%n", curve.points().size(), curve.positives(),
                    curve.negatives());
            System.out.printf("read: median %d ms (min %d, max %d); peak extra heap %.1f MB; -Xmx %d MB%n",
                    millis[3], millis[0], millis[6], peak / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static void write(Path csv) throws IOException {
        var random = new SplittableRandom(23);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("score,label\n");
            for (int i = 0; i < ROWS; i++) {
                boolean positive = random.nextDouble() < 0.1;
                double x = (positive ? 1.5 : -1) + random.nextGaussian();
                out.write(String.format(java.util.Locale.ROOT, "%.6f,%d%n", 1 / (1 + Math.exp(-x)), positive ? 1 : 0));
            }
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of the heap pools' peaks since they were reset: an upper bound of the heap in use at once. */
    private static long peakUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
