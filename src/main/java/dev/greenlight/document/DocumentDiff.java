package dev.greenlight.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Field-by-field differences between two documents, each field named by its JSON path as the validator names
 * them ({@code financials.buildCosts[0].low}). Used for version comparison and the audit trail's old → new.
 */
public final class DocumentDiff {

    private DocumentDiff() {
    }

    public static List<FieldChange> between(AssessmentDocument before, AssessmentDocument after) {
        var old = flatten(before);
        var now = flatten(after);
        var paths = new LinkedHashSet<String>(old.keySet());
        paths.addAll(now.keySet());
        var changes = new ArrayList<FieldChange>();
        for (var path : paths) {
            var a = old.get(path);
            var b = now.get(path);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(path, a, b));
            }
        }
        return changes;
    }

    static Map<String, String> flatten(AssessmentDocument doc) {
        var out = new LinkedHashMap<String, String>();
        if (doc != null) {
            walk(AssessmentJson.toTree(doc), "", out);
        }
        return out;
    }

    private static void walk(JsonNode node, String path, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                walk(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), out);
            }
        } else if (node.isArray() && path.endsWith(".validation.points")) {
            // a kept curve has up to 1,000 points: one change to read in the audit trail, not 3,000
            out.put(path, node.size() + " thresholds (#" + Integer.toHexString(node.toString().hashCode()) + ")");
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.put(path, "[]");
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isNumber()) {
            out.put(path, node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.put(path, node.asString());
        }
    }
}
