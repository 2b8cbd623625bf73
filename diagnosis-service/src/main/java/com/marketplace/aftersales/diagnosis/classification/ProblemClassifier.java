package com.marketplace.aftersales.diagnosis.classification;

import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a request in a problem category and gives it a priority, from the customer's own words (domain §2:
 * "classification uses the customer's chosen type and the description text").
 * <p>
 * The category whose keywords appear in the description wins; when several categories match, the one with the most
 * distinct keywords found wins, and a tie goes to the category listed first in {@code precedence}. With no keyword at
 * all, the requested service type decides. Angry or urgent wording makes the priority HIGH, otherwise NORMAL.
 */
public final class ProblemClassifier {

    private final Map<ProblemCategory, KeywordMatcher> byCategory = new EnumMap<>(ProblemCategory.class);
    private final List<ProblemCategory> precedence;
    private final KeywordMatcher urgentWords;
    private final Map<ServiceType, ProblemCategory> fallback;

    public ProblemClassifier(ClassificationSettings settings) {
        settings.keywords().forEach((category, words) -> byCategory.put(category, new KeywordMatcher(words)));
        this.precedence = settings.precedence();
        this.urgentWords = new KeywordMatcher(settings.urgentWords());
        this.fallback = settings.fallbackByServiceType();
    }

    public Classification classify(ServiceType serviceType, String description) {
        List<String> urgent = urgentWords.findIn(description);
        Priority priority = urgent.isEmpty() ? Priority.NORMAL : Priority.HIGH;
        return byKeywords(description)
                .map(match -> new Classification(match.category(), priority, match.keywords(), urgent))
                .orElseGet(() -> new Classification(byServiceType(serviceType), priority, List.of(), urgent));
    }

    private Optional<Match> byKeywords(String description) {
        return byCategory.entrySet().stream()
                .map(entry -> new Match(entry.getKey(), entry.getValue().findIn(description)))
                .filter(match -> !match.keywords().isEmpty())
                .min(Comparator.comparingInt((Match match) -> -match.keywords().size())
                        .thenComparingInt(match -> rank(match.category())));
    }

    private ProblemCategory byServiceType(ServiceType serviceType) {
        ProblemCategory category = serviceType == null ? null : fallback.get(serviceType);
        if (category == null) {
            // Intake only submits the service types of the contract; a newer one is refused before it gets here.
            throw new IllegalArgumentException("No fallback category for service type " + serviceType);
        }
        return category;
    }

    private int rank(ProblemCategory category) {
        int index = precedence.indexOf(category);
        return index >= 0 ? index : precedence.size() + category.ordinal();
    }

    private record Match(ProblemCategory category, List<String> keywords) {
    }
}
