package com.marketplace.aftersales.gateway.apidocs;

import tools.jackson.databind.JsonNode;

/** What a service's {@code /v3/api-docs} gave: its document, or why there is none. */
sealed interface ServiceDocument {

    String service();

    record Available(String service, JsonNode document) implements ServiceDocument {
    }

    /** @param reason short and safe to publish: no host names, no stack traces */
    record Missing(String service, String reason) implements ServiceDocument {
    }
}
