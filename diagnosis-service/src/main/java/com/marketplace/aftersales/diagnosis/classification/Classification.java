package com.marketplace.aftersales.diagnosis.classification;

import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import java.util.List;

/**
 * What the description says about the problem.
 *
 * @param matchedKeywords the winning category's keywords found in the description; empty when the category came from
 *                        the service type
 * @param urgentWords     the angry or urgent words found, which made the priority HIGH
 */
public record Classification(ProblemCategory category, Priority priority, List<String> matchedKeywords,
                             List<String> urgentWords) {

    public Classification {
        matchedKeywords = List.copyOf(matchedKeywords);
        urgentWords = List.copyOf(urgentWords);
    }

    /** For the agent reading the timeline: why the case was put in this category and at this priority. */
    public String note() {
        String why = matchedKeywords.isEmpty()
                ? "no keyword matched; category from the requested service type"
                : "keywords: " + String.join(", ", matchedKeywords);
        return urgentWords.isEmpty() ? why : why + "; urgent wording: " + String.join(", ", urgentWords);
    }
}
