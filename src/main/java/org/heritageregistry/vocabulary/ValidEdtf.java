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

/**
 * An EDTF date the registry can store: one {@link Edtf} reads (levels 0 and 1, and level 2 sets), a
 * real calendar date between AD 1 and 9999, not in the future. A refusal's message is the parser's,
 * which names the part that is wrong ("month 13 in '2015-13-01' is not a month"); it becomes the
 * field error of the 400 problem.
 */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Constraint(validatedBy = ValidEdtf.Validator.class)
public @interface ValidEdtf {

    String message() default "is not a valid EDTF date (examples: 2015-08-23, 2015-08~, 2016-12-2X, 2015-07-23/2015-08-23, ../2015-09-02)";

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
                if (e.getMessage() != null) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(literal(e.getMessage())).addConstraintViolation();
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

        /**
         * The message as a template that interpolates nothing: it quotes what the client sent, and a
         * set's braces ({2015, 2016}) or a $ must not be read as message parameters or expressions.
         */
        static String literal(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
