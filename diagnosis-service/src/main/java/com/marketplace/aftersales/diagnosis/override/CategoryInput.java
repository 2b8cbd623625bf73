package com.marketplace.aftersales.diagnosis.override;

import com.marketplace.aftersales.contracts.event.ProblemCategory;

/** The categories an agent may choose (the event enum's UNKNOWN is not one). */
enum CategoryInput {
    QUALITY_DEFECT,
    LOGISTICS,
    NOT_AS_DESCRIBED,
    WRONG_ITEM,
    MISSING_PARTS,
    CHANGED_MIND;

    ProblemCategory toCategory() {
        return ProblemCategory.valueOf(name());
    }
}
