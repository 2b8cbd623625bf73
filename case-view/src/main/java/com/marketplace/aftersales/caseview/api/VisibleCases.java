package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Loads a case for the current caller, or fails with 404 when it does not exist or is not theirs to see. */
@Component
class VisibleCases {

    private final CaseQueries queries;

    VisibleCases(CaseQueries queries) {
        this.queries = queries;
    }

    record Visible(Caller caller, CaseRow row) {
    }

    Mono<Visible> find(UUID caseId) {
        return caller().flatMap(caller -> queries.find(caseId)
                .filter(row -> CaseAccess.maySee(caller, row))
                .map(row -> new Visible(caller, row))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Case " + caseId))));
    }

    /** The security chain lets no request without a valid token get here; an absent caller is a bug. */
    static Mono<Caller> caller() {
        return Caller.current().switchIfEmpty(Mono.error(() -> new IllegalStateException("No authenticated caller")));
    }
}
