package com.marketplace.aftersales.diagnosis.riskreview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of the risk team's queue, oldest flag first. */
@Schema(description = "A page of cases awaiting the risk team, oldest flag first")
record FlaggedCasePage(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FlaggedCase> items,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int size,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Cases awaiting review in all") long total) {
}
