package com.marketplace.aftersales.feedback.cases;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.UUID;
import java.util.regex.Pattern;

/** Case ids in paths: a malformed one is a 400 naming {@code caseId}, never a 404 or a 500. */
public final class CaseIds {

    public static final String EXAMPLE = "3f2c8a4e-5b7d-4c1e-9a0f-2d6b8e4c7a15";
    // UUID.fromString alone also takes shortened forms such as 1-2-3-4-5
    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CaseIds() {
    }

    public static UUID parse(String caseId) {
        if (caseId == null || !CANONICAL.matcher(caseId).matches()) {
            throw ApiProblem.invalid("caseId", "must be a UUID, e.g. " + EXAMPLE);
        }
        return UUID.fromString(caseId);
    }
}
