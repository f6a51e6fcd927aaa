package dev.greenlight.scoring;

import dev.greenlight.scoring.EuAiActRules.DateRule;
import dev.greenlight.scoring.EuAiActRules.Dispute;
import dev.greenlight.scoring.EuAiActRules.Effect;
import dev.greenlight.scoring.EuAiActRules.Kind;
import dev.greenlight.scoring.EuAiActRules.Obligation;
import dev.greenlight.scoring.EuAiActRules.Option;
import dev.greenlight.scoring.EuAiActRules.Party;
import dev.greenlight.scoring.EuAiActRules.Position;
import dev.greenlight.scoring.EuAiActRules.Question;
import dev.greenlight.scoring.EuAiActRules.Source;
import dev.greenlight.scoring.EuAiActRules.SourceKind;
import dev.greenlight.scoring.EuAiActRules.When;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the parsed rules file into {@link EuAiActRules}, refusing it whole if anything is missing or dangling:
 * an option or obligation without a link, an obligation without a date or source, a date whose source is not
 * listed, an unknown key. Every problem names its JSON path, all of them at once.
 */
final class RulesReader {

    private final Map<String, Object> root;
    private final List<String> problems = new ArrayList<>();
    private String urlBase = "";

    @SuppressWarnings("unchecked")
    RulesReader(Object tree) {
        if (!(tree instanceof Map)) {
            throw new IllegalArgumentException("EU AI Act rules: $ must be an object");
        }
        root = (Map<String, Object>) tree;
    }

    EuAiActRules rules() {
        known("$", root, "schemaVersion", "lastReviewed", "reviewNote", "law", "sources", "dates", "disputes",
                "questions", "obligations", "messages", "conditions");
        Object version = root.get("schemaVersion");
        if (!(version instanceof java.math.BigDecimal n) || n.intValue() != 1) {
            problems.add("$.schemaVersion: must be 1, was " + version);
        }
        LocalDate reviewed = date("$.lastReviewed", root.get("lastReviewed"));
        String note = text("$.reviewNote", root.get("reviewNote"));
        var law = object("$.law", root.get("law"));
        known("$.law", law, "title", "eli", "urlBase");
        urlBase = text("$.law.urlBase", law.get("urlBase"));
        String lawTitle = text("$.law.title", law.get("title"));
        String eli = text("$.law.eli", law.get("eli"));

        var sources = new LinkedHashMap<String, Source>();
        object("$.sources", root.get("sources")).forEach((id, value) -> {
            String p = "$.sources." + id;
            var s = object(p, value);
            known(p, s, "kind", "title", "url", "anchor", "says");
            sources.put(id, new Source(id, enumOf(p + ".kind", SourceKind.class, s.get("kind")), text(p + ".title", s.get("title")),
                    url(p, s), text(p + ".says", s.get("says"))));
        });
        var dates = new LinkedHashMap<String, DateRule>();
        object("$.dates", root.get("dates")).forEach((id, value) -> {
            String p = "$.dates." + id;
            var d = object(p, value);
            known(p, d, "appliesFrom", "originally", "source", "says");
            dates.put(id, new DateRule(id, date(p + ".appliesFrom", d.get("appliesFrom")),
                    d.get("originally") == null ? null : date(p + ".originally", d.get("originally")),
                    reference(p + ".source", d.get("source"), sources.keySet()), text(p + ".says", d.get("says"))));
        });
        var disputes = new LinkedHashMap<String, Dispute>();
        object("$.disputes", root.get("disputes")).forEach((id, value) -> {
            String p = "$.disputes." + id;
            var d = object(p, value);
            known(p, d, "about", "positions", "encoded");
            var positions = new ArrayList<Position>();
            var list = list(p + ".positions", d.get("positions"));
            for (int i = 0; i < list.size(); i++) {
                var pos = object(p + ".positions[" + i + "]", list.get(i));
                known(p + ".positions[" + i + "]", pos, "says", "source");
                positions.add(new Position(text(p + ".positions[" + i + "].says", pos.get("says")),
                        text(p + ".positions[" + i + "].source", pos.get("source"))));
            }
            if (positions.size() < 2) {
                problems.add(p + ".positions: a dispute needs at least two positions");
            }
            disputes.put(id, new Dispute(id, text(p + ".about", d.get("about")), List.copyOf(positions),
                    text(p + ".encoded", d.get("encoded"))));
        });
        var messages = new LinkedHashMap<String, String>();
        object("$.messages", root.get("messages")).forEach((id, value) -> messages.put(id, text("$.messages." + id, value)));
        EuAiActRules.MESSAGES.stream().filter(key -> !messages.containsKey(key))
                .forEach(key -> problems.add("$.messages." + key + ": text is required"));
        var conditions = new LinkedHashMap<String, String>();
        object("$.conditions", root.get("conditions")).forEach((id, value) -> conditions.put(id, text("$.conditions." + id, value)));

        var questions = new ArrayList<Question>();
        var qs = list("$.questions", root.get("questions"));
        for (int i = 0; i < qs.size(); i++) {
            questions.add(question("$.questions[" + i + "]", object("$.questions[" + i + "]", qs.get(i)), dates.keySet()));
        }
        var fields = questions.stream().map(Question::field).toList();
        if (!new HashSet<>(fields).equals(new HashSet<>(EuAiActRules.FIELDS)) || fields.size() != EuAiActRules.FIELDS.size()) {
            problems.add("$.questions: must ask each of " + EuAiActRules.FIELDS + " exactly once, asks " + fields);
        }
        questions.stream().filter(q -> q.field().equals("role")).findFirst().ifPresent(role -> {
            var codes = role.options().stream().map(Option::code).toList();
            var roles = java.util.Arrays.stream(EuAiActRole.values()).map(Enum::name).toList();
            if (!codes.equals(roles)) {
                problems.add("$.questions (role): the options must be " + roles + " in that order, are " + codes);
            }
        });
        var obligations = new ArrayList<Obligation>();
        var os = list("$.obligations", root.get("obligations"));
        var ids = new HashSet<String>();
        for (int i = 0; i < os.size(); i++) {
            var o = obligation("$.obligations[" + i + "]", object("$.obligations[" + i + "]", os.get(i)), dates.keySet(),
                    disputes.keySet(), conditions.keySet(), questions);
            if (!ids.add(o.id())) {
                problems.add("$.obligations[" + i + "].id: duplicate " + o.id());
            }
            obligations.add(o);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("EU AI Act rules file refused: " + String.join("; ", problems));
        }
        return new EuAiActRules(reviewed, note, lawTitle, eli, Collections.unmodifiableMap(sources),
                Collections.unmodifiableMap(dates), Collections.unmodifiableMap(disputes), List.copyOf(questions),
                List.copyOf(obligations), Collections.unmodifiableMap(messages), Collections.unmodifiableMap(conditions));
    }

    private Question question(String p, Map<String, Object> q, Set<String> dates) {
        known(p, q, "field", "kind", "text", "help", "article", "anchor", "url", "effect", "route", "finding", "options");
        Kind kind = enumOf(p + ".kind", Kind.class, q.get("kind"));
        var options = new ArrayList<Option>();
        var codes = new HashSet<String>();
        if (kind == Kind.YES_NO) {
            if (q.containsKey("options")) {
                problems.add(p + ".options: a yes/no question has no options");
            }
        } else {
            var list = list(p + ".options", q.get("options"));
            for (int i = 0; i < list.size(); i++) {
                String op = p + ".options[" + i + "]";
                var o = object(op, list.get(i));
                known(op, o, "code", "label", "article", "anchor", "url", "effect", "route", "finding", "date", "legacyArea");
                var option = new Option(text(op + ".code", o.get("code")), text(op + ".label", o.get("label")),
                        text(op + ".article", o.get("article")), url(op, o), effect(op, o), route(op, o, dates),
                        optionalText(op + ".finding", o.get("finding")),
                        o.get("date") == null ? null : reference(op + ".date", o.get("date"), dates),
                        optionalText(op + ".legacyArea", o.get("legacyArea")));
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
        return new Question(text(p + ".field", q.get("field")), kind, text(p + ".text", q.get("text")),
                text(p + ".help", q.get("help")), text(p + ".article", q.get("article")), url(p, q), effect(p, q),
                route(p, q, dates), optionalText(p + ".finding", q.get("finding")), List.copyOf(options));
    }

    private Obligation obligation(String p, Map<String, Object> o, Set<String> dates, Set<String> disputes,
                                  Set<String> conditions, List<Question> questions) {
        known(p, o, "id", "when", "appliesTo", "article", "anchor", "url", "title", "date", "dateByRoute",
                "dateFromOptions", "dispute", "note", "condition");
        var w = object(p + ".when", o.get("when"));
        known(p + ".when", w, "tiers", "routes", "options", "anyUse", "noUse", "anyHighRiskUseExcept", "article6_3Exempt");
        var tiers = EnumSet.noneOf(EuAiActTier.class);
        strings(p + ".when.tiers", w.get("tiers")).forEach(t -> tiers.add(enumOf(p + ".when.tiers", EuAiActTier.class, t)));
        var options = strings(p + ".when.options", w.get("options"));
        for (String selection : options) {
            var parts = selection.split("=", 2);
            boolean known = parts.length == 2 && questions.stream().anyMatch(q -> q.field().equals(parts[0])
                    && q.option(parts[1]).isPresent());
            if (!known) {
                problems.add(p + ".when.options: " + selection + " is no field=CODE of the questions");
            }
        }
        var when = new When(Collections.unmodifiableSet(tiers), set(strings(p + ".when.routes", w.get("routes"))), options,
                set(strings(p + ".when.anyUse", w.get("anyUse"))), set(strings(p + ".when.noUse", w.get("noUse"))),
                set(strings(p + ".when.anyHighRiskUseExcept", w.get("anyHighRiskUseExcept"))),
                w.get("article6_3Exempt") == null ? null : Boolean.TRUE.equals(w.get("article6_3Exempt")));
        boolean byRoute = Boolean.TRUE.equals(o.get("dateByRoute"));
        String fromOptions = optionalText(p + ".dateFromOptions", o.get("dateFromOptions"));
        String date = o.get("date") == null ? null : reference(p + ".date", o.get("date"), dates);
        int ways = (date == null ? 0 : 1) + (byRoute ? 1 : 0) + (fromOptions == null ? 0 : 1);
        if (ways != 1) {
            problems.add(p + ": needs exactly one of date, dateByRoute or dateFromOptions (the date it applies from)");
        }
        return new Obligation(text(p + ".id", o.get("id")), when, enumOf(p + ".appliesTo", Party.class, o.get("appliesTo")),
                text(p + ".article", o.get("article")), text(p + ".title", o.get("title")), url(p, o), date, byRoute,
                fromOptions, o.get("dispute") == null ? null : reference(p + ".dispute", o.get("dispute"), disputes),
                optionalText(p + ".note", o.get("note")),
                o.get("condition") == null ? null : reference(p + ".condition", o.get("condition"), conditions));
    }

    private Effect effect(String p, Map<String, Object> o) {
        return o.get("effect") == null ? Effect.NONE : enumOf(p + ".effect", Effect.class, o.get("effect"));
    }

    private String route(String p, Map<String, Object> o, Set<String> dates) {
        if (o.get("route") == null) {
            if (effect(p, o) == Effect.HIGH_RISK) {
                problems.add(p + ".route: a high-risk effect needs the route its duties date from");
            }
            return null;
        }
        return reference(p + ".route", o.get("route"), dates);
    }

    /** {@code url} as written, or {@code anchor} on the law's EUR-Lex address; one of them is required. */
    private String url(String p, Map<String, Object> o) {
        if (o.get("url") != null) {
            String url = text(p + ".url", o.get("url"));
            if (!url.startsWith("https://")) {
                problems.add(p + ".url: must be an https link");
            }
            return url;
        }
        if (o.get("anchor") != null) {
            return urlBase + "#" + text(p + ".anchor", o.get("anchor"));
        }
        problems.add(p + ".url: a link (url or anchor) is required");
        return "";
    }

    private String reference(String p, Object value, Set<String> keys) {
        String key = text(p, value);
        if (!keys.contains(key)) {
            problems.add(p + ": " + key + " is not defined (known: " + keys + ")");
        }
        return key;
    }

    private LocalDate date(String p, Object value) {
        String s = text(p, value);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(p + ": must be an ISO date (yyyy-mm-dd), was " + s);
            return LocalDate.EPOCH;
        }
    }

    private String text(String p, Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            problems.add(p + ": text is required");
            return "";
        }
        return s;
    }

    private String optionalText(String p, Object value) {
        return value == null ? null : text(p, value);
    }

    private <E extends Enum<E>> E enumOf(String p, Class<E> type, Object value) {
        String s = text(p, value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(s)) {
                return constant;
            }
        }
        problems.add(p + ": " + s + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return type.getEnumConstants()[0];
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String p, Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        problems.add(p + ": must be an object");
        return Map.of();
    }

    private List<?> list(String p, Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        problems.add(p + ": must be a list");
        return List.of();
    }

    private List<String> strings(String p, Object value) {
        if (value == null) {
            return List.of();
        }
        var out = new ArrayList<String>();
        var list = list(p, value);
        for (int i = 0; i < list.size(); i++) {
            out.add(text(p + "[" + i + "]", list.get(i)));
        }
        return List.copyOf(out);
    }

    private static Set<String> set(List<String> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    private void known(String p, Map<String, Object> o, String... keys) {
        var allowed = Set.of(keys);
        o.keySet().stream().filter(k -> !allowed.contains(k)).forEach(k -> problems.add(p + "." + k + ": unknown key"));
    }
}
