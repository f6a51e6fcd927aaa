package dev.greenlight.assessment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class DocumentConverter implements AttributeConverter<AssessmentDocument, String> {

    @Override
    public String convertToDatabaseColumn(AssessmentDocument document) {
        return document == null ? null : AssessmentJson.write(document);
    }

    @Override
    public AssessmentDocument convertToEntityAttribute(String json) {
        return json == null ? null : AssessmentJson.read(json);
    }
}
