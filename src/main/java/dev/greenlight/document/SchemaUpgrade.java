package dev.greenlight.document;

import dev.greenlight.scoring.EuAiActRules;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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

    /** The EU AI Act fields of a schema-1 {@code ethics} block, moved into {@code ethics.euAiAct} by schema 2. */
    static final List<String> SCHEMA_ONE_EU_FIELDS = List.of("prohibitedPractices", "highRiskAreas",
            "annexOneSafetyComponent", "narrowProceduralTask", "profilesPeople", "transparencyObligations");

    /**
     * Schema 2 adds optional blocks and replaces the EU AI Act answers of schema 1 conservatively (PRODUCT.md §6.3):
     * each Annex III area becomes the unspecified use of that area, screened high-risk until someone names the
     * specific use (some uses in an area are excluded, so the area alone cannot say); a narrow procedural task
     * becomes the Art. 6(3)(a) condition; the other answers keep their codes. No role is set, so the screening
     * counts provider and deployer and lists the role as unanswered.
     */
    static void fromOneToTwo(ObjectNode document) {
        document.put("schemaVersion", 2);
        if (!(document.get("ethics") instanceof ObjectNode ethics)
                || SCHEMA_ONE_EU_FIELDS.stream().noneMatch(ethics::has)) {
            return;
        }
        var errors = new ArrayList<FieldError>();
        var eu = document.objectNode();
        copy(ethics, eu, "prohibitedPractices", "prohibitedPractices");
        if (ethics.get("highRiskAreas") instanceof ArrayNode areas) {
            var uses = eu.putArray("annexThreeUses");
            var rules = EuAiActRulesFile.bundled();
            for (int i = 0; i < areas.size(); i++) {
                JsonNode area = areas.get(i);
                var code = area.isString() ? rules.codeForLegacyArea(area.asString()) : java.util.Optional.<String>empty();
                if (code.isEmpty()) {
                    errors.add(new FieldError("ethics.highRiskAreas[" + i + "]", "must be one of the schema-1 Annex III "
                            + "areas " + String.join(", ", rules.question("annexThreeUses").options().stream()
                            .map(EuAiActRules.Option::legacyArea).filter(java.util.Objects::nonNull).toList())
                            + ", was " + area));
                } else {
                    uses.add(code.get());
                }
            }
        } else if (ethics.has("highRiskAreas") && !ethics.get("highRiskAreas").isNull()) {
            errors.add(new FieldError("ethics.highRiskAreas", "must be a list of schema-1 Annex III areas"));
        }
        copy(ethics, eu, "annexOneSafetyComponent", "annexOneSafetyComponent");
        JsonNode narrow = ethics.get("narrowProceduralTask");
        if (narrow != null && !narrow.isNull() && !narrow.isBoolean()) {
            errors.add(new FieldError("ethics.narrowProceduralTask", "must be true or false, was " + narrow));
        } else if (narrow != null && narrow.asBoolean()) {
            eu.putArray("article6_3").add("NARROW_PROCEDURAL_TASK");
        }
        copy(ethics, eu, "profilesPeople", "profilesPeople");
        copy(ethics, eu, "transparencyObligations", "transparencyObligations");
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }
        SCHEMA_ONE_EU_FIELDS.forEach(ethics::remove);
        ethics.set("euAiAct", eu);
    }

    private static void copy(ObjectNode from, ObjectNode to, String field, String as) {
        JsonNode value = from.get(field);
        if (value != null && !value.isNull()) {
            to.set(as, value);
        }
    }
}
