package dev.greenlight.document;

import dev.greenlight.scoring.EuAiActRules.Effect;
import dev.greenlight.scoring.EuAiActRules.Kind;
import dev.greenlight.scoring.EuAiActRules.Party;
import dev.greenlight.scoring.EuAiActRules.Position;
import dev.greenlight.scoring.EuAiActRules.SourceKind;
import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.EuAiActTier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the EU AI Act rules file (PRODUCT.md §6.3, decision 007) into scoring's {@link EuAiActRules}, at the edge,
 * so that the engine stays JDK-only (issue 21 item 3). Jackson binds the file's shape as strictly as a document
 * (syntax, duplicate keys, unknown keys, wrong types and enum constants are refused with their path);
 * {@link EuAiActRulesCheck} then checks what a shape cannot say — required texts, links, dates and every reference
 * between sections — and reports all of those problems at once, each with its JSON path.
 */
public final class EuAiActRulesFile {

    /** The file shipped with this build, beside the records it is read into. */
    public static final String RESOURCE = "/dev/greenlight/scoring/eu-ai-act.json";

    private static final EuAiActRules BUNDLED = read(EuAiActRulesFile.class.getResourceAsStream(RESOURCE), RESOURCE);

    private EuAiActRulesFile() {
    }

    /** The rules shipped with this build: what scores, screens, validates and upgrades documents. */
    public static EuAiActRules bundled() {
        return BUNDLED;
    }

    /** Reads and checks a rules file; every problem is reported with its JSON path. */
    public static EuAiActRules read(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("EU AI Act rules file not found: " + name);
        }
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read EU AI Act rules file " + name, e);
        }
    }

    /** Checks and converts a rules file's text; throws {@link IllegalArgumentException} naming every problem. */
    public static EuAiActRules parse(String json) {
        Shape file;
        try {
            file = AssessmentJson.readValue(json, Shape.class);
        } catch (InvalidAssessmentException e) {
            throw EuAiActRulesCheck.refused(e.errors().stream()
                    .map(f -> (f.path().startsWith("$") ? f.path() : "$." + f.path()) + ": " + f.message()).toList());
        }
        return new EuAiActRulesCheck().rules(file);
    }

    // The file as written: ids are map keys, links may be anchors on the law's address, dates are checked as text
    // so that a bad one is reported with the other problems instead of stopping the read.

    record Shape(Integer schemaVersion, String lastReviewed, String reviewNote, Law law, Map<String, SourceEntry> sources,
                 Map<String, DateEntry> dates, Map<String, DisputeEntry> disputes, List<QuestionEntry> questions,
                 List<ObligationEntry> obligations, Map<String, String> messages, Map<String, String> conditions) {
    }

    record Law(String title, String eli, String urlBase) {
    }

    /** Anything that cites the law: a full {@code url}, or an {@code anchor} on {@link Law#urlBase()}. */
    interface Linked {
        String url();

        String anchor();
    }

    record SourceEntry(SourceKind kind, String title, String url, String anchor, String says) implements Linked {
    }

    record DateEntry(String appliesFrom, String originally, String source, String says) {
    }

    record DisputeEntry(String about, List<Position> positions, String encoded) {
    }

    record QuestionEntry(String field, Kind kind, String text, String help, String article, String anchor, String url,
                         Effect effect, String route, String finding, List<OptionEntry> options) implements Linked {
    }

    record OptionEntry(String code, String label, String article, String anchor, String url, Effect effect, String route,
                       String finding, String date, String legacyArea) implements Linked {
    }

    record WhenEntry(Set<EuAiActTier> tiers, List<String> routes, List<String> options, List<String> anyUse,
                     List<String> noUse, List<String> anyHighRiskUseExcept, Boolean article6_3Exempt) {
    }

    record ObligationEntry(String id, WhenEntry when, Party appliesTo, String article, String anchor, String url,
                           String title, String date, Boolean dateByRoute, String dateFromOptions, String dispute,
                           String note, String condition) implements Linked {
    }
}
