package com.marketplace.aftersales.diagnosis;

import com.marketplace.aftersales.diagnosis.assignment.Agent;
import com.marketplace.aftersales.diagnosis.assignment.HandlerRoster;
import com.marketplace.aftersales.diagnosis.classification.ClassificationSettings;
import com.marketplace.aftersales.diagnosis.remedy.CompensationSettings;
import com.marketplace.aftersales.diagnosis.remedy.DisputeSettings;
import com.marketplace.aftersales.diagnosis.remedy.InstantRefundSettings;
import com.marketplace.aftersales.diagnosis.remedy.ReturnWarehouses;
import com.marketplace.aftersales.diagnosis.risk.RiskSettings;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Diagnosis' rules that operations change without a release ({@code aftersales.diagnosis.*}). Every setting has a
 * default (see each type); lists and maps are easiest to override with {@code SPRING_APPLICATION_JSON} or an extra
 * configuration file ({@code SPRING_CONFIG_ADDITIONAL_LOCATION}).
 *
 * @param classification    keywords, urgent wording and fallbacks of the classifier
 * @param agents            the roster: {@code [{id, name, skills: [category…]}]}
 * @param returnWarehouses  merchant id to the warehouse its returns go to
 * @param fallbackWarehouse where returns go for a merchant without an entry
 * @param instantRefund     which small refunds skip the agent's review
 * @param risk              when a case goes to the risk team
 * @param compensation      the compensation cap and the agent's approval limit
 * @param dispute           arbitration defaults
 * @param riskQueue         paging of the risk team's queue
 */
@ConfigurationProperties("aftersales.diagnosis")
public record DiagnosisProperties(
        ClassificationSettings classification,
        List<Agent> agents,
        Map<String, String> returnWarehouses,
        String fallbackWarehouse,
        InstantRefundSettings instantRefund,
        RiskSettings risk,
        CompensationSettings compensation,
        DisputeSettings dispute,
        Paging riskQueue) {

    public DiagnosisProperties {
        classification = classification == null ? ClassificationSettings.defaults() : classification;
        agents = agents == null || agents.isEmpty() ? HandlerRoster.DEFAULT_AGENTS : List.copyOf(agents);
        instantRefund = instantRefund == null ? InstantRefundSettings.defaults() : instantRefund;
        risk = risk == null ? RiskSettings.defaults() : risk;
        compensation = compensation == null ? CompensationSettings.defaults() : compensation;
        dispute = dispute == null ? DisputeSettings.defaults() : dispute;
        riskQueue = riskQueue == null ? Paging.defaults() : riskQueue;
    }

    public ReturnWarehouses warehouses() {
        return new ReturnWarehouses(returnWarehouses, fallbackWarehouse);
    }

    /**
     * A list's page size: {@code defaultSize} when the caller names none, at most {@code maxSize} (which is at most
     * 100, the API's bound for every list).
     */
    public record Paging(Integer defaultSize, Integer maxSize) {

        public static final int API_MAX_SIZE = 100;

        public Paging {
            maxSize = maxSize == null ? API_MAX_SIZE : maxSize;
            defaultSize = defaultSize == null ? Math.min(20, maxSize) : defaultSize;
            if (maxSize < 1 || maxSize > API_MAX_SIZE || defaultSize < 1 || defaultSize > maxSize) {
                throw new IllegalArgumentException("paging needs 1 <= default-size <= max-size <= " + API_MAX_SIZE);
            }
        }

        public static Paging defaults() {
            return new Paging(null, null);
        }
    }
}
