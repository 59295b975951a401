package org.tandem.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The SHA-256 of a high-entropy secret (an API token, a guardian's link), as stored in
 * place of the secret. Such secrets have 256 random bits, so a slow password hash would
 * add nothing.
 */
public final class Sha256 {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Sha256() {
	}

	/**
	 * A new secret of 256 random bits, as 43 URL-safe characters: what {@link #hex} then
	 * keeps in place of it.
	 */
	public static String newSecret() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
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
