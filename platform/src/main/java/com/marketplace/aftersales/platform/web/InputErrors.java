package com.marketplace.aftersales.platform.web;

import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns the JSON reader's failures into a field name and a reason a mobile developer can act on. */
final class InputErrors {

    private InputErrors() {
    }

    static Optional<String> field(Throwable cause) {
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return Optional.of(jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "["));
        }
        return Optional.empty();
    }

    static String describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + simpleName(invalid.getTargetType());
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return "expected " + simpleName(mismatched.getTargetType());
        }
        if (cause instanceof tools.jackson.core.exc.InputCoercionException) {
            return "number out of range";
        }
        if (cause instanceof JacksonException) {
            return "malformed JSON";
        }
        return "malformed request body";
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            return "value; one of " + java.util.Arrays.toString(values);
        }
        return type.getSimpleName();
    }
}
