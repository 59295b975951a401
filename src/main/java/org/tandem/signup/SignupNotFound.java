package org.tandem.signup;

import org.tandem.system.NotFound;

/** No programme behind this sign-up link. */
public class SignupNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	SignupNotFound(Object programme) {
		super("signup.notFound", programme);
	}

}
