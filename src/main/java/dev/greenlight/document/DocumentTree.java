package dev.greenlight.document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes values in the wizard's working copy of the §2.2 document by JSON path
 * ({@code financials.discountRate}); the path is also what validation errors name, so a message finds its field.
 */
public final class DocumentTree {

    private final ObjectNode root;

    public DocumentTree(ObjectNode root) {
        this.root = root;
    }

    public ObjectNode root() {
        return root;
    }

    public JsonNode get(String path) {
        JsonNode node = root;
        for (var part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** Sets the value, creating the sections on the way; {@code null} removes the field. */
    public void set(String path, JsonNode value) {
        var parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            var child = node.get(parts[i]);
            if (child instanceof ObjectNode object) {
                node = object;
            } else if (value == null) {
                return;
            } else {
                node = node.putObject(parts[i]);
            }
        }
        var last = parts[parts.length - 1];
        if (value == null) {
            node.remove(last);
        } else {
            node.set(last, value);
        }
    }

    public ArrayNode array(String path) {
        var node = get(path);
        if (node instanceof ArrayNode array) {
            return array;
        }
        var array = JsonNodeFactory.instance.arrayNode();
        set(path, array);
        return array;
    }

    public static JsonNode text(String value) {
        return value == null || value.isBlank() ? null : JsonNodeFactory.instance.stringNode(value.strip());
    }

    public static JsonNode number(Double value) {
        return value == null ? null : JsonNodeFactory.instance.numberNode(value);
    }

    public static JsonNode integer(Integer value) {
        return value == null ? null : JsonNodeFactory.instance.numberNode(value);
    }
}
