package org.tandem.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.system.CurrentUser;

/**
 * A user whose password an admin has reset signs in with the temporary password and must
 * choose their own before they can do anything else. Built by the security configuration,
 * not a bean, so that the servlet container does not run it a second time outside the
 * security chain.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD_PATH = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (mustChangePassword() && !mayPass(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mustChangePassword() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.mustChangePassword();
	}

	private static boolean mayPass(String path) {
		return path.equals(CHANGE_PASSWORD_PATH) || path.equals("/logout") || path.equals("/language")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.equals("/error");
	}

}
