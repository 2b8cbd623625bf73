package com.marketplace.aftersales.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.diagnosis.assignment.Agent;
import com.marketplace.aftersales.diagnosis.classification.ClassificationSettings;
import com.marketplace.aftersales.diagnosis.remedy.Amount;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The configuration binds as the README says: defaults when absent, YAML lists and maps, environment variables. */
class DiagnosisPropertiesTest {

    @Test
    void withNothingConfiguredTheDefaultsApply() {
        DiagnosisProperties properties = bind(new MapConfigurationPropertySource());

        assertThat(properties.agents()).extracting(Agent::id).containsExactly("agent-demo-1", "agent-demo-2");
        assertThat(properties.warehouses().forMerchant("merchant-demo-1")).isEqualTo("warehouse-demo-1");
        assertThat(properties.warehouses().forMerchant("other")).isEqualTo("warehouse-platform-returns");
        assertThat(properties.classification().urgentWords()).contains("urgent", "投诉");
        assertThat(properties.classification().fallbackByServiceType())
                .containsEntry(ServiceType.REPAIR, ProblemCategory.QUALITY_DEFECT);
        assertThat(properties.instantRefund().enabled()).isTrue();
        assertThat(properties.instantRefund().below()).isEqualTo(Amount.of("50.00"));
        assertThat(properties.risk().maxRefunds()).isEqualTo(5);
        assertThat(properties.risk().refundWindow()).isEqualTo(Duration.ofDays(30));
        assertThat(properties.risk().flagReusedEvidence()).isTrue();
        assertThat(properties.compensation().capRatio()).isEqualByComparingTo("0.30");
        assertThat(properties.compensation().agentLimit()).isEqualTo(Amount.of("20.00"));
        assertThat(properties.dispute().splitShare()).isEqualByComparingTo("0.50");
        assertThat(properties.riskQueue()).isEqualTo(new DiagnosisProperties.Paging(20, 100));
    }

    @Test
    void theThresholdsLimitsAndCapsBindFromConfiguration() {
        MapConfigurationPropertySource yaml = new MapConfigurationPropertySource(Map.of(
                "aftersales.diagnosis.instant-refund.enabled", "false",
                "aftersales.diagnosis.instant-refund.below.amount", "30.00",
                "aftersales.diagnosis.risk.max-refunds", "3",
                "aftersales.diagnosis.risk.refund-window", "14d",
                "aftersales.diagnosis.compensation.cap-ratio", "0.2",
                "aftersales.diagnosis.compensation.agent-limit.amount", "10",
                "aftersales.diagnosis.compensation.agent-limit.currency", "USD",
                "aftersales.diagnosis.dispute.split-share", "0.4",
                "aftersales.diagnosis.risk-queue.default-size", "50"));

        DiagnosisProperties properties = bind(yaml);

        assertThat(properties.instantRefund().enabled()).isFalse();
        assertThat(properties.instantRefund().below()).isEqualTo(new Amount(new BigDecimal("30.00"), "CNY"));
        assertThat(properties.risk().maxRefunds()).isEqualTo(3);
        assertThat(properties.risk().refundWindow()).isEqualTo(Duration.ofDays(14));
        assertThat(properties.compensation().capRatio()).isEqualByComparingTo("0.2");
        assertThat(properties.compensation().agentLimit()).isEqualTo(new Amount(new BigDecimal("10"), "USD"));
        assertThat(properties.dispute().splitShare()).isEqualByComparingTo("0.4");
        assertThat(properties.riskQueue()).isEqualTo(new DiagnosisProperties.Paging(50, 100));
    }

    @Test
    void aRosterWarehousesAndKeywordsBindFromConfiguration() {
        MapConfigurationPropertySource yaml = new MapConfigurationPropertySource(Map.of(
                "aftersales.diagnosis.agents[0].id", "wang-li",
                "aftersales.diagnosis.agents[0].name", "Wang Li",
                "aftersales.diagnosis.agents[0].skills", "QUALITY_DEFECT,LOGISTICS,NOT_AS_DESCRIBED,WRONG_ITEM,"
                        + "MISSING_PARTS,CHANGED_MIND",
                "aftersales.diagnosis.return-warehouses.merchant-7", "warehouse-shenzhen",
                "aftersales.diagnosis.fallback-warehouse", "warehouse-central",
                "aftersales.diagnosis.classification.keywords.LOGISTICS[0]", "stuck at the depot",
                "aftersales.diagnosis.classification.urgent-words[0]", "asap"));

        DiagnosisProperties properties = bind(yaml);

        assertThat(properties.agents()).singleElement().satisfies(agent -> {
            assertThat(agent.name()).isEqualTo("Wang Li");
            assertThat(agent.skills()).hasSize(6);
        });
        assertThat(properties.warehouses().forMerchant("merchant-7")).isEqualTo("warehouse-shenzhen");
        assertThat(properties.warehouses().forMerchant("merchant-demo-1")).isEqualTo("warehouse-central");
        ClassificationSettings classification = properties.classification();
        assertThat(classification.keywords().get(ProblemCategory.LOGISTICS)).containsExactly("stuck at the depot");
        assertThat(classification.keywords().get(ProblemCategory.QUALITY_DEFECT)).contains("broken");
        assertThat(classification.urgentWords()).containsExactly("asap");
    }

    @Test
    void environmentVariablesOverrideSingleValues() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "AFTERSALES_DIAGNOSIS_FALLBACKWAREHOUSE", "warehouse-from-env",
                "AFTERSALES_DIAGNOSIS_CLASSIFICATION_URGENTWORDS", "now,immediately",
                "AFTERSALES_DIAGNOSIS_RISK_MAXREFUNDS", "8",
                "AFTERSALES_DIAGNOSIS_COMPENSATION_AGENTLIMIT_AMOUNT", "25.00")));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources));

        DiagnosisProperties properties = binder.bindOrCreate("aftersales.diagnosis", DiagnosisProperties.class);

        assertThat(properties.warehouses().fallback()).isEqualTo("warehouse-from-env");
        assertThat(properties.classification().urgentWords()).isEqualTo(List.of("now", "immediately"));
        assertThat(properties.risk().maxRefunds()).isEqualTo(8);
        assertThat(properties.compensation().agentLimit()).isEqualTo(Amount.of("25.00"));
    }

    private static DiagnosisProperties bind(ConfigurationPropertySource source) {
        return new Binder(source).bindOrCreate("aftersales.diagnosis", DiagnosisProperties.class);
    }
}
