package org.tandem.organisations;

import java.security.SecureRandom;

/**
 * The password rules (at least 12 characters, at most 128, as OWASP ASVS level 2 asks; no
 * rules about character classes) and the temporary passwords an admin hands out.
 */
final class Passwords {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	// No 0/O, 1/l/I: a temporary password is often read aloud or copied from paper.
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	static boolean acceptable(String password) {
		int length = password.codePointCount(0, password.length());
		return length >= MIN_LENGTH && length <= MAX_LENGTH && !password.isBlank();
	}

	/** Four groups of four, for example {@code k7mp-2xqa-9frt-wd3e}: about 80 bits. */
	static String temporary() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
