package dev.greenlight.document;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.greenlight.scoring.CurveTally;
import dev.greenlight.scoring.ScoreHistogram;
import dev.greenlight.scoring.ValidationCurve;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Reads a model's validation results, a CSV of {@code score,label[,weight]} with a header (PRODUCT.md §9.1), into
 * the curve Greenlight keeps, never the rows. FastCSV parses the text as it streams in (RFC 4180, no dependencies,
 * and several times faster than Apache Commons CSV on files of millions of rows); each row is checked, then written
 * as two doubles to a temporary file that the second pass counts from, so memory holds the thresholds, not the
 * rows. The first bad row stops the read with its line (the header is line 1) and column.
 */
public final class ValidationCsv {

    private static final List<String> COLUMNS = List.of("score", "label", "weight");
    private static final int ROW_BYTES = 2 * Double.BYTES;

    private ValidationCsv() {
    }

    /**
     * @param maxBytes the largest file accepted; a longer one is refused once that many bytes have been read
     * @throws InvalidAssessmentException naming the line and column of the first bad row, or what else is wrong
     */
    public static ValidationCurve read(InputStream csv, String source, long maxBytes) throws IOException {
        Path spool = Files.createTempFile("greenlight-validation-", ".bin");
        try {
            FirstPass first = spool(new Limited(csv, maxBytes), spool);
            double[] thresholds = first.distinct.exceeded()
                    ? histogram(spool, first).thresholds(ValidationCurve.MAX_POINTS) : first.distinct.values();
            var tally = new CurveTally(thresholds);
            forEachRow(spool, (score, positive, weight) -> tally.add(score, positive, weight));
            return tally.curve(source == null || source.isBlank() ? null : source.strip());
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** What the first pass learns besides the rows it spools. */
    private static final class FirstPass {
        final CurveTally.DistinctScores distinct = new CurveTally.DistinctScores();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long positives;
        long negatives;
    }

    private static FirstPass spool(InputStream csv, Path spool) throws IOException {
        var first = new FirstPass();
        var reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try (FileChannel out = FileChannel.open(spool, StandardOpenOption.WRITE);
             CsvReader<CsvRecord> rows = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                     .ofCsvRecord(reader)) {
            int[] at = null; // the column of score, label and weight; weight −1 when absent
            for (CsvRecord row : rows) {
                if (at == null) {
                    at = header(row);
                    continue;
                }
                long line = row.getStartingLineNumber();
                if (row.getFieldCount() != header(at)) {
                    throw bad("line " + line, "has " + row.getFieldCount() + " columns, the header " + header(at));
                }
                double score = score(row, at[0], line);
                boolean positive = label(row, at[1], line);
                double weight = at[2] < 0 ? 1 : weight(row, at[2], line);
                first.distinct.add(score);
                first.min = Math.min(first.min, score);
                first.max = Math.max(first.max, score);
                if (positive) {
                    first.positives++;
                } else {
                    first.negatives++;
                }
                if (buffer.remaining() < ROW_BYTES) {
                    flush(buffer, out);
                }
                buffer.putDouble(score).putDouble(positive ? weight : -weight);
            }
            flush(buffer, out);
            if (at == null) {
                throw bad("file", "is empty: send a header line score,label (and weight if rows weigh differently), "
                        + "then one row per case");
            }
        } catch (CsvParseException e) {
            throw bad("file", "is not valid CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        enough(first);
        return first;
    }

    private static void enough(FirstPass first) {
        int min = ValidationCurve.MIN_ROWS_PER_LABEL;
        if (first.positives < min || first.negatives < min) {
            throw bad("file", "has " + first.positives + " rows labelled positive and " + first.negatives
                    + " labelled negative: at least " + min + " of each are needed for a curve to mean anything");
        }
    }

    /** The header's columns, in the order score, label, weight; refuses a missing, unknown or repeated column. */
    private static int[] header(CsvRecord row) {
        int[] at = {-1, -1, -1, row.getFieldCount()};
        for (int i = 0; i < row.getFieldCount(); i++) {
            String name = row.getField(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) { // a byte-order mark some spreadsheets write
                name = name.substring(1);
            }
            int column = COLUMNS.indexOf(name);
            if (column < 0) {
                throw bad("line 1, column " + (i + 1), "must be a column name, score, label or weight, was \""
                        + row.getField(i) + "\" (line 1 is the header)");
            }
            if (at[column] >= 0) {
                throw bad("line 1, column " + (i + 1), "repeats the column " + name);
            }
            at[column] = i;
        }
        for (int c = 0; c < 2; c++) {
            if (at[c] < 0) {
                throw bad("line 1", "has no column " + COLUMNS.get(c) + ": the header must name score and label "
                        + "(and weight if rows weigh differently)");
            }
        }
        return at;
    }

    private static int header(int[] at) {
        return at[3];
    }

    private static double score(CsvRecord row, int column, long line) {
        String text = row.getField(column).strip();
        double score = number(text);
        if (!Double.isFinite(score)) {
            throw bad(cell(line, column, "score"), "must be a finite number, was \"" + text + "\"");
        }
        return score;
    }

    private static boolean label(CsvRecord row, int column, long line) {
        String text = row.getField(column).strip();
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw bad(cell(line, column, "label"), "must be 1, 0, true or false, was \"" + text + "\"");
        };
    }

    private static double weight(CsvRecord row, int column, long line) {
        String text = row.getField(column).strip();
        double weight = number(text);
        if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
            throw bad(cell(line, column, "weight"), "must be a finite number above 0, was \"" + text + "\"");
        }
        return weight;
    }

    /** A decimal number, or NaN for anything else (Java's own spellings "NaN" and "Infinity" read as not finite). */
    private static double number(String text) {
        if (text.isEmpty() || text.endsWith("d") || text.endsWith("D") || text.endsWith("f") || text.endsWith("F")) {
            return Double.NaN; // Double.parseDouble would read "1d" and "1f" as numbers
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String cell(long line, int column, String name) {
        return "line " + line + ", column " + (column + 1) + " (" + name + ")";
    }

    private static ScoreHistogram histogram(Path spool, FirstPass first) throws IOException {
        var histogram = new ScoreHistogram(first.min, first.max);
        forEachRow(spool, (score, positive, weight) -> histogram.add(score, weight));
        return histogram;
    }

    private interface RowConsumer {
        void accept(double score, boolean positive, double weight);
    }

    private static void forEachRow(Path spool, RowConsumer consumer) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try (FileChannel in = FileChannel.open(spool, StandardOpenOption.READ)) {
            int read;
            do {
                read = in.read(buffer);
                buffer.flip();
                while (buffer.remaining() >= ROW_BYTES) {
                    double score = buffer.getDouble();
                    double signed = buffer.getDouble(); // the weight, negative for a row labelled negative
                    consumer.accept(score, signed > 0, Math.abs(signed));
                }
                buffer.compact();
            } while (read >= 0);
        }
    }

    private static void flush(ByteBuffer buffer, FileChannel out) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
    }

    private static InvalidAssessmentException bad(String where, String message) {
        return new InvalidAssessmentException(List.of(new FieldError(where, message)));
    }

    /** Refuses a file past the upload limit as it streams in, before it fills the disk. */
    private static final class Limited extends FilterInputStream {

        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw bad("file", "is larger than " + max / (1024 * 1024) + " MB, the most this server accepts "
                        + "(greenlight.validation.max-upload)");
            }
        }
    }
}
