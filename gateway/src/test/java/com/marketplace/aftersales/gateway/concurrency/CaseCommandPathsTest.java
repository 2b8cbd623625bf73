package com.marketplace.aftersales.gateway.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.RequestPath;

class CaseCommandPathsTest {

    private static final String CASE = "3f1c2a7e-0b8d-4f6a-9c1e-5d2b7a9e4c10";

    @Test
    void theCaseOfACommandIsFoundInEveryArea() {
        assertThat(caseOf("/api/v1/cases/" + CASE + "/withdraw")).isEqualTo(CASE);
        assertThat(caseOf("/api/v1/cases/" + CASE + "/evidence")).isEqualTo(CASE);
        for (String area : new String[] {"agent", "merchant", "warehouse", "finance", "risk"}) {
            assertThat(caseOf("/api/v1/" + area + "/cases/" + CASE + "/some/action")).as(area).isEqualTo(CASE);
        }
    }

    @Test
    void pathsAboutNoSingleCaseHaveNone() {
        assertThat(caseOf("/api/v1/cases")).isNull();
        assertThat(caseOf("/api/v1/agent/escalations/esc-1/ack")).isNull();
        assertThat(caseOf("/api/v1/ops/cases/" + CASE + "/x")).isNull();
        assertThat(caseOf("/api/v1/public/reports/monthly")).isNull();
    }

    @Test
    void theIdIsPassedOnAsSentStillEncoded() {
        assertThat(caseOf("/api/v1/cases/a%20b/withdraw")).isEqualTo("a%20b");
    }

    private static String caseOf(String path) {
        return CaseCommandPaths.caseIdOf(RequestPath.parse(URI.create("http://gateway" + path), ""));
    }
}
