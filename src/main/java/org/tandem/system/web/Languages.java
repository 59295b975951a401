package org.tandem.system.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.tandem.system.CurrentUser;

/**
 * Tandem speaks Swedish and English. A language the user picked (kept in a cookie) wins;
 * otherwise a signed-in user gets their organisation's language, and anyone else the best
 * match for their browser's languages.
 */
@Configuration(proxyBeanMethods = false)
class Languages {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH);

	static final String COOKIE = "tandem-language";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(Languages::defaultFor);
		return resolver;
	}

	static Locale defaultFor(HttpServletRequest request) {
		String accepted = request.getHeader("Accept-Language");
		boolean apiClientAsked = accepted != null
				&& request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (apiClientAsked) {
			return browserChoice(accepted);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return supported(user.organisationLocale());
		}
		return browserChoice(accepted);
	}

	/** The best match for an Accept-Language header, Swedish if none. */
	static Locale browserChoice(@Nullable String accepted) {
		if (accepted != null && !accepted.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException malformedHeader) {
				// fall through to Swedish
			}
		}
		return SWEDISH;
	}

	static Locale supported(Locale locale) {
		return SUPPORTED.stream()
			.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(SWEDISH);
	}

}
