package org.tandem.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.system.CurrentUser;

/**
 * Puts the organisation and user ids (never names, e-mail addresses or tokens) on every
 * log line written while a signed-in request is served. Runs after Spring Security.
 */
@Component
class LogContext extends OncePerRequestFilter {

	static final String ORGANISATION = "org";

	static final String USER = "user";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			MDC.put(ORGANISATION, user.organisationId().toString());
			MDC.put(USER, user.userId().toString());
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(ORGANISATION);
			MDC.remove(USER);
		}
	}

}
