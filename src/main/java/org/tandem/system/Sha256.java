package org.tandem.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a high-entropy secret (an API token, a guardian's link), as stored in
 * place of the secret. Such secrets have 256 random bits, so a slow password hash would
 * add nothing.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The lower-case hexadecimal SHA-256 of {@code secret} in UTF-8. */
	public static String hex(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
