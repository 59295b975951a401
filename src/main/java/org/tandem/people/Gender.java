package org.tandem.people;

/**
 * Gender as the person states it; only used for reporting and a senior's stated
 * preference.
 */
public enum Gender {

	WOMAN, MAN, NON_BINARY, NOT_STATED

}
