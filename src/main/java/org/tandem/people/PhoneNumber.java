package org.tandem.people;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A phone number in E.164 form ({@code +46701234567}). Parsed from the ways people write
 * them in Sweden ({@code 070-123 45 67}, {@code 070 123 45 67}, {@code +46 70 123 45 67},
 * {@code 0046 70 123 45 67}) and abroad, by Google's libphonenumber with Sweden as the
 * home region.
 *
 * @param e164 the number in E.164 form
 */
public record PhoneNumber(String e164) {

	private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

	public PhoneNumber {
		if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
			throw new IllegalArgumentException("Not an E.164 phone number");
		}
	}

	/**
	 * Reads a number as a person wrote it.
	 * @throws IllegalArgumentException if it is not a possible phone number
	 */
	public static PhoneNumber parse(String written) {
		try {
			Phonenumber.PhoneNumber number = NUMBERS.parse(written.strip(), "SE");
			if (!NUMBERS.isValidNumber(number)) {
				throw new IllegalArgumentException("Not a valid phone number");
			}
			return new PhoneNumber(NUMBERS.format(number, PhoneNumberFormat.E164));
		}
		catch (NumberParseException ex) {
			throw new IllegalArgumentException("Not a phone number", ex);
		}
	}

	public static boolean isValid(String written) {
		try {
			parse(written);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The way a Swede writes it: {@code 070-123 45 67}; international numbers with their
	 * prefix.
	 */
	public String display() {
		try {
			Phonenumber.PhoneNumber number = NUMBERS.parse(this.e164, "SE");
			return number.getCountryCode() == 46 ? NUMBERS.format(number, PhoneNumberFormat.NATIONAL)
					: NUMBERS.format(number, PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return this.e164;
		}
	}

	@Override
	public String toString() {
		return this.e164;
	}

}
