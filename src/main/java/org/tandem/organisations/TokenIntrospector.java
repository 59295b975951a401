package org.tandem.organisations;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Security's bearer-token support accept Tandem's personal API tokens: the
 * token is looked up locally, not at an authorisation server.
 */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;

	TokenIntrospector(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		return this.tokens.authenticate(token)
			.orElseThrow(() -> new BadOpaqueTokenException("Unknown, expired or revoked token"));
	}

}
