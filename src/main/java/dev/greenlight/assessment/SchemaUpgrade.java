package dev.greenlight.assessment;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a document of any schema this Greenlight reads to the current one (PRODUCT.md §6) before it is bound,
 * so the rest of the code knows one shape. A stored schema-1 document stays as it was written until its author
 * saves it; it is upgraded each time it is read.
 */
final class SchemaUpgrade {

    static final int FIRST = 1;

    private SchemaUpgrade() {
    }

    /** {@code document} in the current schema: itself when it already is (a missing version means so), else an upgraded copy. */
    static ObjectNode toCurrent(ObjectNode document) {
        var version = document.get("schemaVersion");
        if (version == null || version.isNull() || !version.isIntegralNumber()) {
            return document; // absent: current; not a whole number: refused by binding with the field's type
        }
        int from = version.canConvertToInt() ? version.asInt() : Integer.MIN_VALUE;
        if (from < FIRST || from > AssessmentDocument.SCHEMA_VERSION) {
            throw new InvalidAssessmentException(List.of(new FieldError("schemaVersion",
                    "must be " + FIRST + " or " + AssessmentDocument.SCHEMA_VERSION
                            + " (the schemas this Greenlight reads; 1 is upgraded on read), was " + version)));
        }
        if (from == AssessmentDocument.SCHEMA_VERSION) {
            return document;
        }
        var upgraded = document.deepCopy();
        fromOneToTwo(upgraded);
        return upgraded;
    }

    /** Schema 2 adds optional blocks only; what schema 1 says keeps its meaning. */
    private static void fromOneToTwo(ObjectNode document) {
        document.put("schemaVersion", 2);
    }
}
