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
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.system.CurrentUser;

/**
 * Ends a browser session as soon as its account no longer stands as it was when the
 * person signed in: disabled by an admin, given other roles, its password reset, or gone.
 * A session otherwise keeps what it learnt at sign-in until it times out, and a disabled
 * coordinator could go on reading seniors' details for half an hour. API tokens need no
 * such check: each request looks its token and account up afresh. One look-up by login
 * name per request made with a browser session, pages and API alike. Built by the
 * security configuration, not a bean, so that the servlet container does not run it a
 * second time outside the security chain.
 * <p>
 * A change of whom the account stands for (the mentor or senior, a venue staff account's
 * venues) does not end the session: the links only say which of the organisation's
 * records are the user's own, within roles that did not change, so the session takes the
 * new links from the same look-up and goes on. Unlinking a mentor therefore hides their
 * sessions from the very next request, and linking one shows them without signing in
 * again.
 */
class SessionAccountCheck extends OncePerRequestFilter {

	static final String SIGNED_OUT_PATH = "/login?signedOut";

	private final UserDetailsService accounts;

	private final Ending ending;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SessionAccountCheck(UserDetailsService accounts, Ending ending) {
		this.accounts = accounts;
		this.ending = ending;
	}

	/** Pages send the person to the login page, saying why. */
	static SessionAccountCheck forPages(UserDetailsService accounts) {
		return new SessionAccountCheck(accounts,
				(request, response) -> response.sendRedirect(request.getContextPath() + SIGNED_OUT_PATH));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken
				&& authentication.getPrincipal() instanceof CurrentUser user) {
			CurrentUser now = current(user.getUsername());
			if (!standsAsSignedIn(user, now)) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				this.ending.respond(request, response);
				return;
			}
			if (!now.sameLinksAs(user)) {
				relink(now, authentication, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean standsAsSignedIn(CurrentUser user, @Nullable CurrentUser now) {
		return now != null && now.isEnabled() && now.userId().equals(user.userId()) && now.roles().equals(user.roles())
				&& (user.mustChangePassword() || !now.mustChangePassword());
	}

	/**
	 * The same sign-in, now standing for the account's current mentor, senior or venues.
	 */
	private void relink(CurrentUser now, Authentication before, HttpServletRequest request,
			HttpServletResponse response) {
		now.eraseCredentials();
		UsernamePasswordAuthenticationToken relinked = UsernamePasswordAuthenticationToken.authenticated(now, null,
				before.getAuthorities());
		relinked.setDetails(before.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(relinked);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/** What a request whose session was ended gets instead of its answer. */
	@FunctionalInterface
	interface Ending {

		void respond(HttpServletRequest request, HttpServletResponse response) throws IOException;

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
