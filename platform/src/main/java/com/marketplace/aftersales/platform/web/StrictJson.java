package com.marketplace.aftersales.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

/**
 * The HTTP API's mapper refuses unknown fields and nulls for primitives (platform defaults) and, here, values of the
 * wrong JSON type that Jackson would otherwise convert: a number or boolean where text is expected (money amounts are
 * decimal strings by contract, {@code 129.9} must not silently become {@code "129.9"}) and a number for an enum.
 * Events are read by the tolerant mapper of {@code contracts}, not this one.
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonMapperBuilderCustomizer strictScalarTypes() {
        return builder -> builder
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
