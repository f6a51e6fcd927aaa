/**
 * The interchange format (PRODUCT.md §2.2) on its own: the document records, strict JSON reading and writing with
 * schema upgrade, the validators, the questionnaire catalogue, completeness, diffs, field errors and the mapping to
 * the engine's input. It knows no assessment, service or user, so parsing a document never pulls the aggregate.
 */
@ApplicationModule(displayName = "Document")
package dev.greenlight.document;

import org.springframework.modulith.ApplicationModule;
