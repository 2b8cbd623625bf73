package com.marketplace.aftersales.diagnosis.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemClassifierTest {

    private final ProblemClassifier classifier = new ProblemClassifier(ClassificationSettings.defaults());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "The headphones arrived broken                  | QUALITY_DEFECT",
            "Left ear piece has NO SOUND at all             | QUALITY_DEFECT",
            "It doesn’t work after one day                  | QUALITY_DEFECT",
            "Parcel was lost by the courier                 | LOGISTICS",
            "My order has not arrived after two weeks       | LOGISTICS",
            "You sent me the wrong item                     | WRONG_ITEM",
            "The charger is missing from the box            | MISSING_PARTS",
            "The colour is nothing like the photo           | NOT_AS_DESCRIBED",
            "Item is not as described on the page           | NOT_AS_DESCRIBED",
            "I changed my mind                              | CHANGED_MIND"})
    void classifiesEnglishDescriptions(String description, ProblemCategory expected) {
        assertThat(classifier.classify(ServiceType.RETURN_REFUND, description).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "耳机坏了，左边没声音     | QUALITY_DEFECT",
            "收到的时候屏幕已经损坏   | QUALITY_DEFECT",
            "用了两天就出现故障       | QUALITY_DEFECT",
            "快递一直显示在途，丢件了 | LOGISTICS",
            "等了十天还未收到         | LOGISTICS",
            "商家错发了型号           | WRONG_ITEM",
            "少件，缺少充电器         | MISSING_PARTS",
            "实物和描述不符，有色差   | NOT_AS_DESCRIBED",
            "尺码偏小                 | NOT_AS_DESCRIBED"})
    void classifiesChineseDescriptions(String description, ProblemCategory expected) {
        assertThat(classifier.classify(ServiceType.RETURN_REFUND, description).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "REPAIR, QUALITY_DEFECT",
            "EXCHANGE, NOT_AS_DESCRIBED",
            "RETURN_REFUND, CHANGED_MIND",
            "REFUND_ONLY, CHANGED_MIND",
            "COMPENSATION, NOT_AS_DESCRIBED"})
    void withoutAKeywordTheServiceTypeDecides(ServiceType serviceType, ProblemCategory expected) {
        Classification classification = classifier.classify(serviceType, "Please help with my order");

        assertThat(classification.category()).isEqualTo(expected);
        assertThat(classification.matchedKeywords()).isEmpty();
        assertThat(classification.note()).contains("service type");
    }

    @Test
    void anEmptyDescriptionFallsBackToTheServiceType() {
        assertThat(classifier.classify(ServiceType.REPAIR, null).category()).isEqualTo(ProblemCategory.QUALITY_DEFECT);
        assertThat(classifier.classify(ServiceType.REPAIR, "   ").category()).isEqualTo(ProblemCategory.QUALITY_DEFECT);
    }

    @Test
    void keywordsOverrideTheServiceType() {
        assertThat(classifier.classify(ServiceType.EXCHANGE, "screen is cracked and broken").category())
                .isEqualTo(ProblemCategory.QUALITY_DEFECT);
    }

    @Test
    void englishKeywordsMustStartAWord() {
        // "size" inside "oversized" and "color" inside "multicolored" are not the keywords.
        assertThat(classifier.classify(ServiceType.RETURN_REFUND, "An oversized multicolored jumper").category())
                .isEqualTo(ProblemCategory.CHANGED_MIND);
        assertThat(classifier.classify(ServiceType.RETURN_REFUND, "the sizes run small").category())
                .isEqualTo(ProblemCategory.NOT_AS_DESCRIBED);
    }

    @Test
    void fullWidthLettersTypedOnAChineseKeyboardAreRead() {
        assertThat(classifier.classify(ServiceType.RETURN_REFUND, "ｂｒｏｋｅｎ").category())
                .isEqualTo(ProblemCategory.QUALITY_DEFECT);
    }

    @Test
    void theCategoryWithMoreKeywordsWins() {
        // One logistics keyword (delayed), two quality keywords (broken, 坏).
        Classification classification = classifier.classify(ServiceType.RETURN_REFUND,
                "Delivery was delayed and it arrived broken, 坏了");

        assertThat(classification.category()).isEqualTo(ProblemCategory.QUALITY_DEFECT);
        assertThat(classification.matchedKeywords()).containsExactly("broken", "坏");
        assertThat(classification.note()).contains("broken").contains("坏");
    }

    @Test
    void anEqualCountGoesToTheCategoryEarlierInPrecedence() {
        // One keyword each: "wrong item" (WRONG_ITEM) and "colour" (NOT_AS_DESCRIBED).
        assertThat(classifier.classify(ServiceType.EXCHANGE, "wrong item, a different colour").category())
                .isEqualTo(ProblemCategory.WRONG_ITEM);

        ProblemClassifier reordered = new ProblemClassifier(new ClassificationSettings(null,
                List.of(ProblemCategory.NOT_AS_DESCRIBED, ProblemCategory.WRONG_ITEM), null, null));
        assertThat(reordered.classify(ServiceType.EXCHANGE, "wrong item, a different colour").category())
                .isEqualTo(ProblemCategory.NOT_AS_DESCRIBED);
    }

    @Test
    void priorityIsNormalUnlessTheWordingIsAngryOrUrgent() {
        assertThat(classifier.classify(ServiceType.REPAIR, "it is broken").priority()).isEqualTo(Priority.NORMAL);

        Classification angry = classifier.classify(ServiceType.REPAIR, "Terrible! It is broken, I will complain");
        assertThat(angry.priority()).isEqualTo(Priority.HIGH);
        assertThat(angry.urgentWords()).containsExactly("terrible", "complain");
        assertThat(angry.note()).contains("urgent wording: terrible, complain");

        assertThat(classifier.classify(ServiceType.REPAIR, "坏了，很急").priority()).isEqualTo(Priority.HIGH);
        assertThat(classifier.classify(ServiceType.REPAIR, "质量太差劲了，我要投诉").priority()).isEqualTo(Priority.HIGH);
        assertThat(classifier.classify(ServiceType.REFUND_ONLY, "URGENT please").priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void configuredKeywordsReplaceOneCategoryAndKeepTheOthers() {
        ClassificationSettings settings = new ClassificationSettings(
                Map.of(ProblemCategory.LOGISTICS, List.of("stuck at the depot")), null, List.of("asap"), null);
        ProblemClassifier configured = new ProblemClassifier(settings);

        assertThat(configured.classify(ServiceType.REFUND_ONLY, "Parcel stuck at the depot").category())
                .isEqualTo(ProblemCategory.LOGISTICS);
        // "lost" was a default logistics keyword, replaced by the configured list.
        assertThat(configured.classify(ServiceType.REFUND_ONLY, "parcel lost").category())
                .isEqualTo(ProblemCategory.CHANGED_MIND);
        assertThat(configured.classify(ServiceType.REFUND_ONLY, "it is broken").category())
                .isEqualTo(ProblemCategory.QUALITY_DEFECT);
        assertThat(configured.classify(ServiceType.REFUND_ONLY, "angry, need it asap").urgentWords())
                .containsExactly("asap");
    }
}
