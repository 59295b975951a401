package org.tandem.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.system.CurrentUser;

/**
 * Ends a browser session as soon as its account no longer stands as it was when the
 * person signed in: disabled by an admin, given other roles, its password reset, or gone.
 * A session otherwise keeps what it learnt at sign-in until it times out, and a disabled
 * coordinator could go on reading seniors' details for half an hour. API tokens need no
 * such check: each request looks its token and account up afresh. One look-up by login
 * name per page request. Built by the security configuration, not a bean, so that the
 * servlet container does not run it a second time outside the security chain.
 */
class SessionAccountCheck extends OncePerRequestFilter {

	static final String SIGNED_OUT_PATH = "/login?signedOut";

	private final UserDetailsService accounts;

	SessionAccountCheck(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken
				&& authentication.getPrincipal() instanceof CurrentUser user && !standsAsSignedIn(user)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + SIGNED_OUT_PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean standsAsSignedIn(CurrentUser user) {
		CurrentUser now = current(user.getUsername());
		return now != null && now.isEnabled() && now.userId().equals(user.userId()) && now.roles().equals(user.roles())
				&& (user.mustChangePassword() || !now.mustChangePassword());
	}

	private @Nullable CurrentUser current(String username) {
		try {
			UserDetails details = this.accounts.loadUserByUsername(username);
			return (details instanceof CurrentUser current) ? current : null;
		}
		catch (UsernameNotFoundException gone) {
			return null;
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

}
