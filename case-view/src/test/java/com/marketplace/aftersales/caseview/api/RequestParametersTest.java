package com.marketplace.aftersales.caseview.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RequestParametersTest {

    private final CaseViewProperties.Paging limits = new CaseViewProperties.Paging(20, 100);

    @Test
    void absentParametersMeanTheFirstPageOfTheDefaultSizeUnfiltered() {
        RequestParameters.ListRequest request = RequestParameters.list(null, null, null, limits);

        assertThat(request.page()).isEqualTo(new RequestParameters.PageRequest(0, 20));
        assertThat(request.status()).isNull();
    }

    @Test
    void aValidRequestIsReadAsGiven() {
        RequestParameters.ListRequest request = RequestParameters.list("3", "100", "refund_pending", limits);

        assertThat(request.page().offset()).isEqualTo(300);
        assertThat(request.status()).isEqualTo(CaseStatus.REFUND_PENDING);
    }

    @Test
    void everyBadParameterIsReportedAtOnceByName() {
        assertThatThrownBy(() -> RequestParameters.list("-1", "101", "LOST", limits))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(fields(problem)).containsExactly("page", "size", "status");
                });
        assertThatThrownBy(() -> RequestParameters.list("x", "0", "UNKNOWN", limits))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(fields(problem)).containsExactly("page", "size", "status"));
    }

    @Test
    void idsMustBeUuidsInTheirUsualForm() {
        assertThat(RequestParameters.id("caseId", "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a11")).isNotNull();
        for (String bad : new String[]{"42", "1-1-1-1-1", "3f2b6c1e8a4d4c2e9b1a0e5d7f9c2a11", ""}) {
            assertThatThrownBy(() -> RequestParameters.id("caseId", bad)).as(bad)
                    .isInstanceOfSatisfying(ApiProblem.class,
                            problem -> assertThat(fields(problem)).containsExactly("caseId"));
        }
    }

    @Test
    void lastEventIdIsANonNegativeWholeNumberOrAbsent() {
        assertThat(RequestParameters.lastEventId(null)).isZero();
        assertThat(RequestParameters.lastEventId("17")).isEqualTo(17);
        assertThatThrownBy(() -> RequestParameters.lastEventId("-3")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RequestParameters.lastEventId("abc")).isInstanceOf(ApiProblem.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ApiProblem problem) {
        return ((List<ApiProblem.FieldError>) problem.properties().get("errors")).stream()
                .map(ApiProblem.FieldError::field).toList();
    }
}
