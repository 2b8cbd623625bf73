package com.marketplace.aftersales.intake.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * An enum value the endpoint accepts. The shared enums carry values a client may not send ({@code UNKNOWN}, the
 * tolerant reader's fallback; {@code SYSTEM}; staff channels), so each request field names the ones it takes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Constraint(validatedBy = AllowedValues.Check.class)
public @interface AllowedValues {

    String[] value();

    String message() default "is not accepted here";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AllowedValues, Enum<?>> {

        private Set<String> allowed;
        private String message;

        @Override
        public void initialize(AllowedValues annotation) {
            allowed = Set.of(annotation.value());
            message = "must be one of " + String.join(", ", annotation.value());
        }

        @Override
        public boolean isValid(Enum<?> value, ConstraintValidatorContext context) {
            if (value == null || allowed.contains(value.name())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
