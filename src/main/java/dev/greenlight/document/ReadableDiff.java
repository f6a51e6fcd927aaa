package dev.greenlight.document;

import dev.greenlight.base.ui.Money;
import dev.greenlight.document.Questionnaire.Kind;
import dev.greenlight.document.Questionnaire.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The changes between two versions in a reviewer's words ({@link ReadableChange}), in questionnaire order. Questions
 * of the catalogue are labelled and formatted by their kind; lists of choices are compared as sets; money lines are
 * matched by name (a line added, removed, or its low, likely, high and evidence changed); adoption by year. Anything
 * else the format holds is still shown, named after its field, so no change goes unseen.
 */
public final class ReadableDiff {

    private static final Map<String, String> MONEY_LISTS = moneyLists();

    private ReadableDiff() {
    }

    public static List<ReadableChange> between(AssessmentDocument before, AssessmentDocument after) {
        var a = before == null ? null : AssessmentJson.toTree(before);
        var b = after == null ? null : AssessmentJson.toTree(after);
        var currency = currency(b) != null ? currency(b) : currency(a);
        var changes = new ArrayList<ReadableChange>();
        var covered = new HashSet<String>(List.of("schemaVersion"));
        for (var q : Questionnaire.all()) {
            covered.add(q.path());
            var old = at(a, q.path());
            var now = at(b, q.path());
            if (q.kind() == Kind.MULTI_CHOICE) {
                var was = choices(old, q);
                var is = choices(now, q);
                if (!was.equals(is)) {
                    changes.add(ReadableChange.set(q.step(), q.label(), minus(is, was), minus(was, is)));
                }
            } else {
                var was = answer(old, q);
                var is = answer(now, q);
                if (!was.equals(is)) {
                    changes.add(ReadableChange.answer(q.step(), q.label(), was, is));
                }
            }
        }
        MONEY_LISTS.forEach((path, label) -> {
            covered.add(path);
            moneyLines(changes, label, at(a, path), at(b, path), currency);
        });
        covered.add("financials.adoptionByYear");
        adoption(changes, at(a, "financials.adoptionByYear"), at(b, "financials.adoptionByYear"));
        rest(changes, a, b, covered);
        return changes;
    }

    private static Map<String, String> moneyLists() {
        var lists = new LinkedHashMap<String, String>();
        lists.put("financials.buildCosts", "Build cost");
        lists.put("financials.annualRunCosts", "Annual run cost");
        lists.put("financials.annualBenefits", "Annual benefit");
        return lists;
    }

    private static String answer(JsonNode node, Questionnaire.Question q) {
        if (node == null || node.isNull()) {
            return "—";
        }
        return switch (q.kind()) {
            case PERCENT -> percent(node.asDouble());
            case NUMBER, INTEGER -> number(node.asDouble());
            case CHOICE, YES_NO -> q.options().getOrDefault(node.asString(), node.asString());
            default -> node.asString();
        };
    }

    private static List<String> choices(JsonNode node, Questionnaire.Question q) {
        var out = new ArrayList<String>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(q.options().getOrDefault(n.asString(), n.asString())));
        }
        return out;
    }

    private static List<String> minus(List<String> from, List<String> taken) {
        var out = new ArrayList<>(new LinkedHashSet<>(from));
        out.removeAll(new HashSet<>(taken));
        return out;
    }

    /** Lines matched by name; a renamed line reads as one removed and one added. */
    private static void moneyLines(List<ReadableChange> changes, String label, JsonNode before, JsonNode after, String currency) {
        var was = linesByName(before);
        var is = linesByName(after);
        var added = new ArrayList<String>();
        var removed = new ArrayList<String>();
        is.forEach((name, line) -> {
            if (!was.containsKey(name)) {
                added.add(describe(name, line, currency));
            }
        });
        was.forEach((name, line) -> {
            if (!is.containsKey(name)) {
                removed.add(describe(name, line, currency));
            }
        });
        if (!added.isEmpty() || !removed.isEmpty()) {
            changes.add(ReadableChange.set(Step.ROI, label + " lines", added, removed));
        }
        is.forEach((name, line) -> {
            var old = was.get(name);
            if (old == null) {
                return;
            }
            var fields = new LinkedHashSet<String>();
            var oldValues = new LinkedHashMap<String, JsonNode>();
            var newValues = new LinkedHashMap<String, JsonNode>();
            flatten(old, "", fields, oldValues);
            flatten(line, "", fields, newValues);
            fields.remove("name");
            for (var field : fields) {
                var o = oldValues.get(field);
                var n = newValues.get(field);
                if (!Objects.equals(o, n)) {
                    var money = field.equals("low") || field.equals("likely") || field.equals("high");
                    changes.add(ReadableChange.answer(Step.ROI, label + " \u201C" + name + "\u201D: " + words(field),
                            money ? money(o, currency) : plain(o), money ? money(n, currency) : plain(n)));
                }
            }
        });
    }

    private static Map<String, JsonNode> linesByName(JsonNode lines) {
        var out = new LinkedHashMap<String, JsonNode>();
        if (lines != null && lines.isArray()) {
            int unnamed = 0;
            for (var line : lines) {
                var name = line.path("name").asString("");
                out.put(name.isBlank() ? "line without a name " + ++unnamed : name, line);
            }
        }
        return out;
    }

    private static String describe(String name, JsonNode line, String currency) {
        if (line.has("likely")) {
            return name + " (" + money(line.get("low"), null) + " / " + money(line.get("likely"), null) + " / "
                    + money(line.get("high"), currency) + ")";
        }
        return name;
    }

    private static void adoption(List<ReadableChange> changes, JsonNode before, JsonNode after) {
        int years = Math.max(before == null ? 0 : before.size(), after == null ? 0 : after.size());
        for (int y = 0; y < years; y++) {
            var o = before == null ? null : before.get(y);
            var n = after == null ? null : after.get(y);
            var was = o == null || o.isNull() ? "—" : percent(o.asDouble());
            var is = n == null || n.isNull() ? "—" : percent(n.asDouble());
            if (!was.equals(is)) {
                changes.add(ReadableChange.answer(Step.ROI, "Adoption in year " + (y + 1), was, is));
            }
        }
    }

    /** Whatever the catalogue and the money lines do not cover, by its field's words. */
    private static void rest(List<ReadableChange> changes, JsonNode a, JsonNode b, Set<String> covered) {
        var paths = new LinkedHashSet<String>();
        var old = new LinkedHashMap<String, JsonNode>();
        var now = new LinkedHashMap<String, JsonNode>();
        flatten(a, "", paths, old);
        flatten(b, "", paths, now);
        for (var path : paths) {
            if (covered.stream().anyMatch(c -> path.equals(c) || path.startsWith(c + ".") || path.startsWith(c + "["))) {
                continue;
            }
            if (!Objects.equals(old.get(path), now.get(path))) {
                changes.add(ReadableChange.answer(Questionnaire.stepOf(path), words(path), plain(old.get(path)), plain(now.get(path))));
            }
        }
    }

    private static void flatten(JsonNode node, String path, Set<String> paths, Map<String, JsonNode> values) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                flatten(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), paths, values);
            }
        } else if (node.isArray() && node.size() > 0 && !node.get(0).isValueNode()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", paths, values);
            }
        } else {
            paths.add(path);
            values.put(path, node);
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        var node = root;
        for (var part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    private static String currency(JsonNode root) {
        var node = at(root, "financials.currency");
        return node == null || node.isNull() ? null : node.asString();
    }

    /** "derivedFrom.recall.low" reads as "derived from › recall › low"; "killRules[0].threshold" as "kill rules 1 › threshold". */
    static String words(String path) {
        var parts = new ArrayList<String>();
        for (var part : path.split("\\.")) {
            var index = part.indexOf('[');
            var name = index < 0 ? part : part.substring(0, index);
            var spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            if (index >= 0) {
                spaced += " " + (Integer.parseInt(part.substring(index + 1, part.indexOf(']'))) + 1);
            }
            parts.add(spaced);
        }
        var joined = String.join(" \u203A ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return "—";
        }
        if (node.isArray()) {
            var items = new ArrayList<String>();
            node.forEach(n -> items.add(n.isNumber() ? number(n.asDouble()) : Questionnaire.humanise(n.asString())));
            return items.isEmpty() ? "none" : String.join(", ", items);
        }
        if (node.isNumber()) {
            return number(node.asDouble());
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "Yes" : "No";
        }
        var text = node.asString();
        return text.matches("[A-Z0-9_]+") && text.contains("_") || text.matches("[A-Z]{4,}") ? Questionnaire.humanise(text) : text;
    }

    private static String money(JsonNode node, String currency) {
        return node == null || node.isNull() ? "—" : Money.format(node.asDouble(), currency);
    }

    /** As the validator's messages write numbers, so a change and its refusal read alike. */
    private static String number(double value) {
        return AssessmentValidator.plain(value);
    }

    private static String percent(double fraction) {
        var text = BigDecimal.valueOf(fraction * 100).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return text + " %";
    }
}
