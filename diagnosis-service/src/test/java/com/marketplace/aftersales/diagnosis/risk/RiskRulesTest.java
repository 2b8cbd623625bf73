package com.marketplace.aftersales.diagnosis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskRulesTest {

    private final RiskRules defaults = new RiskRules(RiskSettings.defaults());

    @ParameterizedTest(name = "{0} refunds in the window: clean {1}")
    @CsvSource({"0, true", "4, true", "5, true", "6, false", "40, false"})
    void moreThanFiveRefundsInThirtyDaysIsSuspicious(long refunds, boolean clean) {
        RiskAssessment assessment = defaults.assess(new CustomerHistory(refunds, List.of()));

        assertThat(assessment.isClean()).isEqualTo(clean);
        if (!clean) {
            assertThat(assessment.reasons()).containsExactly(
                    "REFUND_FREQUENCY: " + refunds + " refunds decided in the last 30 days, more than 5");
        }
    }

    @Test
    void evidenceAlreadySubmittedWithAnotherCaseIsSuspicious() {
        RiskAssessment assessment = defaults.assess(new CustomerHistory(0, List.of("AS-1", "AS-2")));

        assertThat(assessment.reasons()).containsExactly("EVIDENCE_REUSED: evidence already submitted with AS-1, AS-2");
        assertThat(RiskAssessment.codeOf(assessment.reasons().get(0))).isEqualTo(RiskAssessment.EVIDENCE_REUSED);
    }

    @Test
    void bothReasonsAreGivenWhenBothApply() {
        RiskAssessment assessment = defaults.assess(new CustomerHistory(9, List.of("AS-1")));

        assertThat(assessment.reasons()).extracting(RiskAssessment::codeOf)
                .containsExactly(RiskAssessment.REFUND_FREQUENCY, RiskAssessment.EVIDENCE_REUSED);
    }

    @Test
    void theLimitTheWindowAndTheEvidenceCheckAreConfiguration() {
        RiskRules strict = new RiskRules(new RiskSettings(1, Duration.ofDays(7), false));

        RiskAssessment assessment = strict.assess(new CustomerHistory(2, List.of("AS-1")));

        assertThat(assessment.reasons()).containsExactly(
                "REFUND_FREQUENCY: 2 refunds decided in the last 7 days, more than 1");
        assertThat(strict.assess(new CustomerHistory(1, List.of())).isClean()).isTrue();
    }
}
