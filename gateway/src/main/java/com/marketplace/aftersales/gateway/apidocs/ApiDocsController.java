package com.marketplace.aftersales.gateway.apidocs;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /v3/api-docs}: the suite's API description (public, like the services' own). */
@RestController
class ApiDocsController {

    private final MergedApiDocs docs;

    ApiDocsController(MergedApiDocs docs) {
        this.docs = docs;
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<byte[]>> apiDocs() {
        return docs.document().map(body -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body));
    }
}
