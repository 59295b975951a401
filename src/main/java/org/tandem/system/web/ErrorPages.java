package org.tandem.system.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The last stop for anything not handled closer to where it happened (an unknown path, a
 * filter's error, an unexpected exception): problem details for {@code /api/**}, a page
 * in the user's language for everything else. Never a stack trace.
 */
@Controller
@PreAuthorize("permitAll()")
class ErrorPages implements ErrorController {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	Object page(HttpServletRequest request) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			return problem(request, status);
		}
		ModelAndView page = new ModelAndView(view(status), status);
		page.addObject("status", status.value());
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		return problem(request, status(request));
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status) {
		Locale locale = RequestContextUtils.getLocale(request);
		String key = switch (status) {
			case NOT_FOUND -> "problem.notFound";
			case UNAUTHORIZED -> "problem.unauthorized";
			case FORBIDDEN -> "problem.forbidden";
			case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
			case CONTENT_TOO_LARGE -> "problem.tooLarge";
			default -> status.is4xxClientError() ? "problem.invalid" : "problem.serverError";
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key + ".detail", null, locale));
		problem.setTitle(this.messages.getMessage(key + ".title", null, locale));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.setInstance(java.net.URI.create(path.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String view(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error/404";
			case FORBIDDEN -> "error/403";
			default -> "error/error";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return path != null && path.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
