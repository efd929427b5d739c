package org.heritageregistry.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A report carries the facts of its kind of incident and names one subject (see {@link IncidentFacts}).
 * A class-level constraint, so a fact in the wrong place is refused in the same 400 as every other
 * invalid field, each under its own name.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidIncidentFacts.Validator.class)
public @interface ValidIncidentFacts {

    String message() default "does not fit the report's kind of incident";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidIncidentFacts, NewReport> {

        @Override
        public boolean isValid(NewReport report, ConstraintValidatorContext context) {
            if (report == null) {
                return true;
            }
            var errors = IncidentFacts.errors(report);
            if (errors.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            errors.forEach(e -> context.buildConstraintViolationWithTemplate(e.message().replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode(e.field()).addConstraintViolation());
            return false;
        }
    }
}
