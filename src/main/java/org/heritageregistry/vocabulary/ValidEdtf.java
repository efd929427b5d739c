package org.heritageregistry.vocabulary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An EDTF date the registry can store: well-formed, a real calendar date, not in the future. */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Constraint(validatedBy = ValidEdtf.Validator.class)
public @interface ValidEdtf {

    String message() default "is not a valid EDTF date (examples: 2015-08-23, 2015-08~, 2015-07-23/2015-08-23, ../2015-09-02)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidEdtf, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Edtf.Bounds bounds;
            try {
                bounds = Edtf.parse(value);
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("is before")) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(e.getMessage()).addConstraintViolation();
                }
                return false;
            }
            LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
            LocalDate start = bounds.earliest() != null ? bounds.earliest() : bounds.latest();
            if (start != null && start.isAfter(tomorrow)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("lies in the future").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
