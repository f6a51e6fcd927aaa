package dev.greenlight.api;

import dev.greenlight.assessment.AssessmentDetails;
import dev.greenlight.document.AssessmentJson;
import tools.jackson.databind.node.ObjectNode;

/** Builds the API's assessment representation: the §2.2 document followed by its read-only fields. */
final class ApiJson {

    private ApiJson() {
    }

    static ObjectNode assessment(AssessmentDetails details) {
        var node = AssessmentJson.toTree(details.document());
        node.put("id", details.id());
        node.put("status", details.status().name());
        node.put("owner", details.owner());
        node.put("version", details.version());
        node.put("createdAt", details.createdAt().toString());
        node.put("updatedAt", details.updatedAt().toString());
        if (details.score() != null) {
            node.set("scoreSummary", AssessmentJson.mapper().valueToTree(details.score()));
        }
        return node;
    }
}
