package org.tandem.system.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: {@code /api/**} answers problem details and takes a browser session
 * or a personal token; every other path is the web UI with the login form. Both accept
 * {@code Authorization: Bearer} so that scripts and Prometheus can use a token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * Pages anyone may open without signing in: a guardian's consent link, the sign-up
	 * forms, and a person's calendar feed, whose secret address is its credential.
	 */
	static final String[] PUBLIC_PAGES = { "/consent/guardian/**", "/join/**", "/calendar/*.ics" };

	private static final RequestMatcher BEARER_REQUEST = SecurityConfiguration::carriesBearerToken;

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id for new hashes; the ids in stored hashes let us move on later without
		// a reset.
		Map<String, PasswordEncoder> encoders = Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, OpaqueTokenIntrospector tokens, ProblemResponses problems,
			UserDetailsService accounts) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.oauth2ResourceServer((server) -> server.opaqueToken((opaque) -> opaque.introspector(tokens))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(BEARER_REQUEST))
			// A browser session calling the API is checked like its pages, and answered
			// 401.
			.addFilterAfter(
					new SessionAccountCheck(accounts,
							(request, response) -> problems.commence(request, response,
									new InsufficientAuthenticationException("The account changed since sign-in"))),
					BasicAuthenticationFilter.class)
			.requestCache((cache) -> cache.disable())
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, OpaqueTokenIntrospector tokens, UserDetailsService accounts)
			throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers("/css/**", "/js/**", "/webjars/**", "/login", "/error", "/language")
					.permitAll()
					.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
					.permitAll()
					// The modules' public pages.
					.requestMatchers(PUBLIC_PAGES)
					.permitAll()
					.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
					.permitAll()
					.requestMatchers(EndpointRequest.toAnyEndpoint())
					.hasRole("ADMIN")
					.anyRequest()
					.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(loginFailures()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.oauth2ResourceServer((server) -> server.opaqueToken((opaque) -> opaque.introspector(tokens)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(pagesEntryPoint())
				.accessDeniedHandler(pagesAccessDenied()))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(BEARER_REQUEST))
			.addFilterAfter(SessionAccountCheck.forPages(accounts), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeGate(), SessionAccountCheck.class)
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/** People go to the login page; a script that sent a bad token gets 401. */
	private static AuthenticationEntryPoint pagesEntryPoint() {
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		return (request, response, failure) -> (carriesBearerToken(request) ? bearer : login).commence(request,
				response, failure);
	}

	/**
	 * People see the 403 page; a script with a token gets a bare 403 with the Bearer
	 * header.
	 */
	private static AccessDeniedHandler pagesAccessDenied() {
		AccessDeniedHandler page = new AccessDeniedHandlerImpl();
		AccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
		return (request, response, denied) -> (carriesBearerToken(request) ? bearer : page).handle(request, response,
				denied);
	}

	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		return handler;
	}

	private static boolean carriesBearerToken(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
