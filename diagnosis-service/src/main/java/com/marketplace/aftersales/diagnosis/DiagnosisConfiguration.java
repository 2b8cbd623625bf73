package com.marketplace.aftersales.diagnosis;

import com.marketplace.aftersales.diagnosis.assignment.HandlerRoster;
import com.marketplace.aftersales.diagnosis.classification.ProblemClassifier;
import com.marketplace.aftersales.diagnosis.remedy.CompensationRules;
import com.marketplace.aftersales.diagnosis.remedy.DisputeRules;
import com.marketplace.aftersales.diagnosis.remedy.InstantRefundRules;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.risk.RiskRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the rule objects (plain Java, unit-tested without Spring) from the configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiagnosisProperties.class)
class DiagnosisConfiguration {

    @Bean
    ProblemClassifier problemClassifier(DiagnosisProperties properties) {
        return new ProblemClassifier(properties.classification());
    }

    @Bean
    HandlerRoster handlerRoster(DiagnosisProperties properties) {
        return new HandlerRoster(properties.agents());
    }

    @Bean
    RemedyRules remedyRules(DiagnosisProperties properties) {
        return new RemedyRules(properties.warehouses());
    }

    @Bean
    InstantRefundRules instantRefundRules(DiagnosisProperties properties) {
        return new InstantRefundRules(properties.instantRefund());
    }

    @Bean
    RiskRules riskRules(DiagnosisProperties properties) {
        return new RiskRules(properties.risk());
    }

    @Bean
    CompensationRules compensationRules(DiagnosisProperties properties) {
        return new CompensationRules(properties.compensation());
    }

    @Bean
    DisputeRules disputeRules(DiagnosisProperties properties) {
        return new DisputeRules(properties.dispute());
    }
}
