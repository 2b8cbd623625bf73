package com.marketplace.aftersales.diagnosis;

import com.marketplace.aftersales.diagnosis.assignment.Agent;
import com.marketplace.aftersales.diagnosis.assignment.HandlerRoster;
import com.marketplace.aftersales.diagnosis.classification.ClassificationSettings;
import com.marketplace.aftersales.diagnosis.remedy.ReturnWarehouses;
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
 */
@ConfigurationProperties("aftersales.diagnosis")
public record DiagnosisProperties(
        ClassificationSettings classification,
        List<Agent> agents,
        Map<String, String> returnWarehouses,
        String fallbackWarehouse) {

    public DiagnosisProperties {
        classification = classification == null ? ClassificationSettings.defaults() : classification;
        agents = agents == null || agents.isEmpty() ? HandlerRoster.DEFAULT_AGENTS : List.copyOf(agents);
    }

    public ReturnWarehouses warehouses() {
        return new ReturnWarehouses(returnWarehouses, fallbackWarehouse);
    }
}
