package dev.greenlight.document;

import dev.greenlight.document.EuAiActRulesFile.Linked;
import dev.greenlight.document.EuAiActRulesFile.ObligationEntry;
import dev.greenlight.document.EuAiActRulesFile.QuestionEntry;
import dev.greenlight.document.EuAiActRulesFile.Shape;
import dev.greenlight.scoring.EuAiActRole;
import dev.greenlight.scoring.EuAiActRules.DateRule;
import dev.greenlight.scoring.EuAiActRules.Dispute;
import dev.greenlight.scoring.EuAiActRules.Effect;
import dev.greenlight.scoring.EuAiActRules.Kind;
import dev.greenlight.scoring.EuAiActRules.Obligation;
import dev.greenlight.scoring.EuAiActRules.Option;
import dev.greenlight.scoring.EuAiActRules.Position;
import dev.greenlight.scoring.EuAiActRules.Question;
import dev.greenlight.scoring.EuAiActRules.Source;
import dev.greenlight.scoring.EuAiActRules.When;
import dev.greenlight.scoring.EuAiActRules;
import dev.greenlight.scoring.EuAiActTier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the shape of the rules file cannot say, checked on what Jackson bound: required texts, https links (or
 * anchors on the law's address), ISO dates, and that every date, source, route, dispute, condition and option a
 * rule names exists. Collects every problem with its JSON path and refuses the file whole if there is any.
 */
final class EuAiActRulesCheck {

    private final List<String> problems = new ArrayList<>();
    private String urlBase = "";

    static IllegalArgumentException refused(List<String> problems) {
        return new IllegalArgumentException("EU AI Act rules file refused: " + String.join("; ", problems));
    }

    EuAiActRules rules(Shape file) {
        if (file.schemaVersion() == null || file.schemaVersion() != 1) {
            problems.add("$.schemaVersion: must be 1, was " + file.schemaVersion());
        }
        LocalDate reviewed = date("$.lastReviewed", file.lastReviewed());
        String note = text("$.reviewNote", file.reviewNote());
        var law = required("$.law", file.law(), new EuAiActRulesFile.Law(null, null, null));
        urlBase = text("$.law.urlBase", law.urlBase());
        String lawTitle = text("$.law.title", law.title());
        String eli = text("$.law.eli", law.eli());

        var sources = entries("$.sources", file.sources(), (p, id, s) -> new Source(id, required(p + ".kind", s.kind(),
                EuAiActRules.SourceKind.SECONDARY), text(p + ".title", s.title()), url(p, s), text(p + ".says", s.says())));
        var dates = entries("$.dates", file.dates(), (p, id, d) -> new DateRule(id, date(p + ".appliesFrom", d.appliesFrom()),
                d.originally() == null ? null : date(p + ".originally", d.originally()),
                reference(p + ".source", d.source(), sources.keySet()), text(p + ".says", d.says())));
        var disputes = entries("$.disputes", file.disputes(), (p, id, d) -> {
            var positions = new ArrayList<Position>();
            var given = list(p + ".positions", d.positions());
            for (int i = 0; i < given.size(); i++) {
                var position = required(p + ".positions[" + i + "]", given.get(i), new Position(null, null));
                positions.add(new Position(text(p + ".positions[" + i + "].says", position.says()),
                        text(p + ".positions[" + i + "].source", position.source())));
            }
            if (positions.size() < 2) {
                problems.add(p + ".positions: a dispute needs at least two positions");
            }
            return new Dispute(id, text(p + ".about", d.about()), List.copyOf(positions), text(p + ".encoded", d.encoded()));
        });
        var messages = entries("$.messages", file.messages(), (p, id, text) -> text(p, text));
        EuAiActRules.MESSAGES.stream().filter(key -> !messages.containsKey(key))
                .forEach(key -> problems.add("$.messages." + key + ": text is required"));
        var conditions = entries("$.conditions", file.conditions(), (p, id, text) -> text(p, text));

        var questions = new ArrayList<Question>();
        var qs = list("$.questions", file.questions());
        for (int i = 0; i < qs.size(); i++) {
            questions.add(question("$.questions[" + i + "]", qs.get(i), dates.keySet()));
        }
        var fields = questions.stream().map(Question::field).toList();
        if (!new HashSet<>(fields).equals(new HashSet<>(EuAiActRules.FIELDS)) || fields.size() != EuAiActRules.FIELDS.size()) {
            problems.add("$.questions: must ask each of " + EuAiActRules.FIELDS + " exactly once, asks " + fields);
        }
        questions.stream().filter(q -> q.field().equals("role")).findFirst().ifPresent(role -> {
            var codes = role.options().stream().map(Option::code).toList();
            var roles = Arrays.stream(EuAiActRole.values()).map(Enum::name).toList();
            if (!codes.equals(roles)) {
                problems.add("$.questions (role): the options must be " + roles + " in that order, are " + codes);
            }
        });
        var obligations = new ArrayList<Obligation>();
        var os = list("$.obligations", file.obligations());
        var ids = new HashSet<String>();
        for (int i = 0; i < os.size(); i++) {
            var o = obligation("$.obligations[" + i + "]", os.get(i), dates.keySet(), disputes.keySet(),
                    conditions.keySet(), questions);
            if (!ids.add(o.id())) {
                problems.add("$.obligations[" + i + "].id: duplicate " + o.id());
            }
            obligations.add(o);
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return new EuAiActRules(reviewed, note, lawTitle, eli, sources, dates, disputes, List.copyOf(questions),
                List.copyOf(obligations), messages, conditions);
    }

    private Question question(String p, QuestionEntry q, Set<String> dates) {
        q = required(p, q, new QuestionEntry(null, null, null, null, null, null, null, null, null, null, null));
        var kind = required(p + ".kind", q.kind(), Kind.CHOICE);
        var options = new ArrayList<Option>();
        var codes = new HashSet<String>();
        if (kind == Kind.YES_NO) {
            if (q.options() != null) {
                problems.add(p + ".options: a yes/no question has no options");
            }
        } else {
            var list = list(p + ".options", q.options());
            for (int i = 0; i < list.size(); i++) {
                String op = p + ".options[" + i + "]";
                var o = required(op, list.get(i), new EuAiActRulesFile.OptionEntry(null, null, null, null, null, null,
                        null, null, null, null));
                var option = new Option(text(op + ".code", o.code()), text(op + ".label", o.label()),
                        text(op + ".article", o.article()), url(op, o), effect(o.effect()), route(op, o.route(), o.effect(), dates),
                        optionalText(op + ".finding", o.finding()),
                        o.date() == null ? null : reference(op + ".date", o.date(), dates),
                        optionalText(op + ".legacyArea", o.legacyArea()));
                if (!codes.add(option.code())) {
                    problems.add(op + ".code: duplicate " + option.code());
                }
                if (option.effect() == Effect.NOT_HIGH_RISK && option.finding() == null) {
                    problems.add(op + ".finding: a carve-out must say why it is not high-risk");
                }
                if (option.effect() == Effect.PROHIBITED && option.date() == null) {
                    problems.add(op + ".date: a prohibition needs the date it applies from");
                }
                options.add(option);
            }
        }
        return new Question(text(p + ".field", q.field()), kind, text(p + ".text", q.text()), text(p + ".help", q.help()),
                text(p + ".article", q.article()), url(p, q), effect(q.effect()), route(p, q.route(), q.effect(), dates),
                optionalText(p + ".finding", q.finding()), List.copyOf(options));
    }

    private Obligation obligation(String p, ObligationEntry o, Set<String> dates, Set<String> disputes,
                                  Set<String> conditions, List<Question> questions) {
        o = required(p, o, new ObligationEntry(null, null, null, null, null, null, null, null, null, null, null, null, null));
        var w = required(p + ".when", o.when(), new EuAiActRulesFile.WhenEntry(null, null, null, null, null, null, null));
        var options = strings(p + ".when.options", w.options());
        for (String selection : options) {
            var parts = selection.split("=", 2);
            boolean known = parts.length == 2 && questions.stream().anyMatch(q -> q.field().equals(parts[0])
                    && q.option(parts[1]).isPresent());
            if (!known) {
                problems.add(p + ".when.options: " + selection + " is no field=CODE of the questions");
            }
        }
        var tiers = EnumSet.noneOf(EuAiActTier.class);
        if (w.tiers() != null) {
            w.tiers().forEach(t -> tiers.add(required(p + ".when.tiers", t, EuAiActTier.MINIMAL)));
        }
        var when = new When(Collections.unmodifiableSet(tiers), set(p + ".when.routes", w.routes()), options, set(p + ".when.anyUse", w.anyUse()),
                set(p + ".when.noUse", w.noUse()), set(p + ".when.anyHighRiskUseExcept", w.anyHighRiskUseExcept()),
                w.article6_3Exempt());
        boolean byRoute = Boolean.TRUE.equals(o.dateByRoute());
        String fromOptions = optionalText(p + ".dateFromOptions", o.dateFromOptions());
        String date = o.date() == null ? null : reference(p + ".date", o.date(), dates);
        int ways = (date == null ? 0 : 1) + (byRoute ? 1 : 0) + (fromOptions == null ? 0 : 1);
        if (ways != 1) {
            problems.add(p + ": needs exactly one of date, dateByRoute or dateFromOptions (the date it applies from)");
        }
        return new Obligation(text(p + ".id", o.id()), when, required(p + ".appliesTo", o.appliesTo(), EuAiActRules.Party.ANY),
                text(p + ".article", o.article()), text(p + ".title", o.title()), url(p, o), date, byRoute, fromOptions,
                o.dispute() == null ? null : reference(p + ".dispute", o.dispute(), disputes),
                optionalText(p + ".note", o.note()),
                o.condition() == null ? null : reference(p + ".condition", o.condition(), conditions));
    }

    private static Effect effect(Effect effect) {
        return effect == null ? Effect.NONE : effect;
    }

    private String route(String p, String route, Effect effect, Set<String> dates) {
        if (route == null) {
            if (effect == Effect.HIGH_RISK) {
                problems.add(p + ".route: a high-risk effect needs the route its duties date from");
            }
            return null;
        }
        return reference(p + ".route", route, dates);
    }

    /** {@code url} as written, or {@code anchor} on the law's EUR-Lex address; one of them is required. */
    private String url(String p, Linked o) {
        if (o.url() != null) {
            String url = text(p + ".url", o.url());
            if (!url.startsWith("https://")) {
                problems.add(p + ".url: must be an https link");
            }
            return url;
        }
        if (o.anchor() != null) {
            return urlBase + "#" + text(p + ".anchor", o.anchor());
        }
        problems.add(p + ".url: a link (url or anchor) is required");
        return "";
    }

    private String reference(String p, String key, Set<String> keys) {
        text(p, key);
        if (!keys.contains(key)) {
            problems.add(p + ": " + key + " is not defined (known: " + keys + ")");
        }
        return key;
    }

    private LocalDate date(String p, String value) {
        String s = text(p, value);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(p + ": must be an ISO date (yyyy-mm-dd), was " + s);
            return LocalDate.EPOCH;
        }
    }

    private String text(String p, String value) {
        if (value == null || value.isBlank()) {
            problems.add(p + ": text is required");
            return "";
        }
        return value;
    }

    private String optionalText(String p, String value) {
        return value == null ? null : text(p, value);
    }

    /** Converts one entry of a section keyed by id; {@code path} ends in the id. */
    private interface Entry<T, R> {
        R convert(String path, String id, T value);
    }

    /** A section keyed by id, converted entry by entry in the file's order. */
    private <T, R> Map<String, R> entries(String p, Map<String, T> section, Entry<T, R> convert) {
        var out = new LinkedHashMap<String, R>();
        required(p, section, Map.<String, T>of()).forEach((id, value) -> {
            String path = p + "." + id;
            if (value == null) {
                problems.add(path + ": must be given");
            } else {
                out.put(id, convert.convert(path, id, value));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private <T> List<T> list(String p, List<T> value) {
        return required(p, value, List.of());
    }

    private <T> T required(String p, T value, T instead) {
        if (value == null) {
            problems.add(p + ": must be given");
            return instead;
        }
        return value;
    }

    private List<String> strings(String p, List<String> values) {
        if (values == null) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (int i = 0; i < values.size(); i++) {
            out.add(text(p + "[" + i + "]", values.get(i)));
        }
        return List.copyOf(out);
    }

    private Set<String> set(String p, List<String> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(strings(p, values)));
    }
}
