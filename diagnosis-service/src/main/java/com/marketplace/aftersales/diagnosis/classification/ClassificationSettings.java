package com.marketplace.aftersales.diagnosis.classification;

import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the classifier looks for ({@code aftersales.diagnosis.classification.*}). Each setting falls back to the
 * defaults below; a category configured in {@code keywords} replaces that category's default list only, so operations
 * can tune one category without restating the others.
 *
 * @param keywords             words and phrases (English or Chinese) that point at a category
 * @param precedence           which category wins when two match equally often (earlier wins)
 * @param urgentWords          angry or urgent wording that raises the priority to HIGH
 * @param fallbackByServiceType the category when no keyword matches, by what the customer asked for
 */
public record ClassificationSettings(
        Map<ProblemCategory, List<String>> keywords,
        List<ProblemCategory> precedence,
        List<String> urgentWords,
        Map<ServiceType, ProblemCategory> fallbackByServiceType) {

    public static final Map<ProblemCategory, List<String>> DEFAULT_KEYWORDS = Map.of(
            ProblemCategory.QUALITY_DEFECT, List.of("broken", "damaged", "defect", "faulty", "doesn't work",
                    "does not work", "not working", "stopped working", "no sound", "cracked",
                    "坏", "损坏", "破损", "质量", "故障", "不工作", "没声音", "没有声音"),
            ProblemCategory.LOGISTICS, List.of("lost", "not arrived", "never arrived", "hasn't arrived",
                    "not received", "delayed", "late delivery", "courier", "tracking",
                    "物流", "快递", "丢件", "未收到", "没收到", "超区"),
            ProblemCategory.WRONG_ITEM, List.of("wrong item", "wrong product", "wrong model", "sent the wrong",
                    "错发", "发错"),
            ProblemCategory.MISSING_PARTS, List.of("missing", "incomplete", "short shipment",
                    "少件", "缺件", "漏发", "少发"),
            ProblemCategory.NOT_AS_DESCRIBED, List.of("size", "colour", "color", "not as described",
                    "different from the picture", "描述不符", "色差", "尺码", "与描述不符", "和图片不一样"),
            ProblemCategory.CHANGED_MIND, List.of("changed my mind", "no longer need", "no longer want",
                    "不想要", "不需要了", "无理由"));

    /** Specific complaints before vague ones: "wrong item" beats the "size" it mentions in passing. */
    public static final List<ProblemCategory> DEFAULT_PRECEDENCE = List.of(ProblemCategory.WRONG_ITEM,
            ProblemCategory.MISSING_PARTS, ProblemCategory.QUALITY_DEFECT, ProblemCategory.LOGISTICS,
            ProblemCategory.NOT_AS_DESCRIBED, ProblemCategory.CHANGED_MIND);

    public static final List<String> DEFAULT_URGENT_WORDS = List.of("urgent", "angry", "terrible", "complain",
            "投诉", "急", "愤怒", "差劲");

    public static final Map<ServiceType, ProblemCategory> DEFAULT_FALLBACK = Map.of(
            ServiceType.REPAIR, ProblemCategory.QUALITY_DEFECT,
            ServiceType.EXCHANGE, ProblemCategory.NOT_AS_DESCRIBED,
            ServiceType.RETURN_REFUND, ProblemCategory.CHANGED_MIND,
            ServiceType.REFUND_ONLY, ProblemCategory.CHANGED_MIND,
            ServiceType.COMPENSATION, ProblemCategory.NOT_AS_DESCRIBED);

    public ClassificationSettings {
        keywords = overlay(DEFAULT_KEYWORDS, keywords, ProblemCategory.class);
        keywords.forEach((category, words) -> {
            if (category == ProblemCategory.UNKNOWN) {
                throw new IllegalArgumentException("aftersales.diagnosis.classification.keywords: UNKNOWN is not a"
                        + " category to classify into");
            }
        });
        keywords = Map.copyOf(keywords);
        precedence = precedence == null || precedence.isEmpty() ? DEFAULT_PRECEDENCE : List.copyOf(precedence);
        urgentWords = urgentWords == null ? DEFAULT_URGENT_WORDS : List.copyOf(urgentWords);
        fallbackByServiceType = Map.copyOf(overlay(DEFAULT_FALLBACK, fallbackByServiceType, ServiceType.class));
    }

    public static ClassificationSettings defaults() {
        return new ClassificationSettings(null, null, null, null);
    }

    private static <K extends Enum<K>, V> Map<K, V> overlay(Map<K, V> defaults, Map<K, V> configured,
                                                            Class<K> keyType) {
        Map<K, V> merged = new EnumMap<>(keyType);
        merged.putAll(defaults);
        if (configured != null) {
            merged.putAll(configured);
        }
        return merged;
    }
}
