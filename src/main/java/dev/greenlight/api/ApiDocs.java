package dev.greenlight.api;

import io.swagger.v3.oas.models.media.ObjectSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the OpenAPI document says about endpoints that answer a Jackson tree (an assessment with its score, a stored
 * version). springdoc reads types with swagger-core, which knows Jackson 2 only: it took Jackson 3's {@code JsonNode}
 * for a bean with properties such as {@code empty} and {@code array}, and its polymorphic-type converter, which
 * reads every type as a bean before the replacements below are consulted, failed on {@code ObjectNode}'s two
 * {@code setAll} methods, logging a stack trace and documenting no response body. Both are JSON objects; the
 * converter is switched off in application.properties (the API has no polymorphic types).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(ObjectNode.class, new ObjectSchema().description("A JSON object: see the endpoint's description"))
                .replaceWithSchema(JsonNode.class, new ObjectSchema().description("A JSON object: see the endpoint's description"));
    }
}
