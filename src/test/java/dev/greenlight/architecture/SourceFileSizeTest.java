package dev.greenlight.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A main source file past 400 lines is doing several jobs (STYLE.md): split it by job before adding to it. */
class SourceFileSizeTest {

    static final int MAX_LINES = 400;

    @Test
    void no_main_source_file_is_over_400_lines() throws IOException {
        try (var files = Files.walk(Path.of("src/main/java"))) {
            var tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.toMap(Path::toString, SourceFileSizeTest::lines))
                    .entrySet().stream().filter(e -> e.getValue() > MAX_LINES)
                    .map(e -> e.getKey() + " (" + e.getValue() + " lines)").sorted().toList();
            assertThat(tooLong).as("files over %d lines", MAX_LINES).isEmpty();
        }
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
