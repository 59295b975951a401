package org.tandem.system.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What an API client gets when it is not signed in (401) or its roles do not allow the
 * request (403): RFC 9457 problem details in the client's language.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"tandem\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", this.messages.getMessage(key + ".title", null, locale));
		problem.put("status", status.value());
		problem.put("detail", this.messages.getMessage(key + ".detail", null, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
