package org.tandem.venues.web;

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
 * A row of opening hours closes after it opens. The error names the closing time; a row
 * missing either time is left to other rules.
 */
@Documented
@Constraint(validatedBy = ClosesAfterOpens.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ClosesAfterOpens {

	String message() default "{venues.closesAfterOpens}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<ClosesAfterOpens, OpeningRow> {

		@Override
		public boolean isValid(OpeningRow row, ConstraintValidatorContext context) {
			if (row == null || row.opens() == null || row.closes() == null || row.closes().isAfter(row.opens())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("closes")
				.addConstraintViolation();
			return false;
		}

	}

}
