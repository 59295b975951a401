package org.tandem.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tandem.system.Conflict;
import org.tandem.system.NotFound;
import org.tandem.system.RuleViolated;

/**
 * Turns what went wrong in a JSON API call into RFC 9457 problem details in the caller's
 * language. Invalid input lists every field with the rule it broke.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFound notFound) {
		return problem(HttpStatus.NOT_FOUND, "problem.notFound.title", notFound.messageKey());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(RuleViolated violation) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.ruleViolated.title",
				violation.messageKey(), violation.arguments());
		problem.setProperty("errors", List.of(Map.of("field", violation.field(), "rule", violation.rule(), "message",
				text(violation.messageKey(), violation.arguments()))));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(Conflict conflict) {
		return problem(HttpStatus.CONFLICT, "problem.busy.title", conflict.messageKey());
	}

	@ExceptionHandler
	ProblemDetail staleEdit(OptimisticLockingFailureException stale) {
		return problem(HttpStatus.CONFLICT, "problem.conflict.title", "problem.conflict.detail");
	}

	@ExceptionHandler
	ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail");
		problem.setProperty("errors", List.of(Map.of("field", mismatch.getName(), "rule", "TypeMismatch", "message",
				text("typeMismatch", new Object[0]))));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail");
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = invalid.getBindingResult()
			.getAllErrors()
			.stream()
			.map((error) -> Map.of("field", field(error), "rule", rule(error), "message",
					this.messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A request parameter or path variable that breaks its constraint (e.g. {@code @Min}
	 * on a query parameter): each named with its rule, like a body's fields.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail");
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = invalid.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", parameterName(result), "rule", rule(error), "message",
						this.messages.getMessage(error, locale))))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return (name != null) ? name : "parameter" + result.getMethodParameter().getParameterIndex();
	}

	private static String rule(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return (codes != null && codes.length > 0) ? codes[codes.length - 1] : "Invalid";
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.unreadable.title",
				"problem.unreadable.detail");
		DatabindException databind = databindCause(unreadable);
		if (databind != null && !databind.getPath().isEmpty()) {
			// Name the field that could not be read, never echo the value or the Java
			// type.
			problem.setProperty("errors", List.of(Map.of("field", path(databind), "rule", "Unreadable", "message",
					text("problem.unreadable.field", new Object[0]))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * The mapping failure behind an unreadable body, which may itself wrap the parse
	 * error of a value (a date written "1 december").
	 */
	private static @Nullable DatabindException databindCause(Throwable unreadable) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind) {
				return databind;
			}
		}
		return null;
	}

	private static String path(DatabindException databind) {
		StringBuilder path = new StringBuilder();
		for (var reference : databind.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String field(ObjectError error) {
		return (error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName();
	}

	private static String rule(ObjectError error) {
		String code = error.getCode();
		return (code != null) ? code : "Invalid";
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, arguments));
		problem.setTitle(text(titleKey, new Object[0]));
		return problem;
	}

	private String text(String key, Object @Nullable [] arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
