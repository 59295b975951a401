package org.tandem.organisations;

import java.util.UUID;

import org.tandem.system.NotFound;

/** No API token with this id belongs to the current user. */
public class TokenNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	TokenNotFound(UUID id) {
		super("tokens.notFound", id);
	}

}
