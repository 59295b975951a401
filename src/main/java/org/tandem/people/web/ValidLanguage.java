package org.tandem.people.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.tandem.people.LanguageCode;

/** An ISO 639 language code such as {@code sv}, {@code ar} or {@code sma}. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidLanguage.Validator.class)
@interface ValidLanguage {

	String message() default "{people.language.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidLanguage, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || LanguageCode.isValid(value);
		}

	}

}
