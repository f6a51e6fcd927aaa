package dev.greenlight.assessment;

import dev.greenlight.document.AssessmentDocument;
import dev.greenlight.document.AssessmentJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class DocumentConverter implements AttributeConverter<AssessmentDocument, String> {

    @Override
    public String convertToDatabaseColumn(AssessmentDocument document) {
        return document == null ? null : AssessmentJson.write(document);
    }

    /**
     * Strict about the format, but not about the values again: every write validated them, and a document
     * stored before a rule was tightened must still open so its author can fix it.
     */
    @Override
    public AssessmentDocument convertToEntityAttribute(String json) {
        return json == null ? null : AssessmentJson.parse(json);
    }
}
