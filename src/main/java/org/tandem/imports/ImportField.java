package org.tandem.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A profile field a column of an imported file can fill, with the column names that
 * Swedish and English lists use for it. Names are compared without case, spaces,
 * punctuation or accents: "E-post", "epost" and "E-mail" are the same to Tandem.
 */
public enum ImportField {

	FIRST_NAME("firstName", "förnamn", "tilltalsnamn", "first name", "given name", "forename"),

	LAST_NAME("lastName", "efternamn", "släktnamn", "last name", "surname", "family name"),

	YEAR_OF_BIRTH("yearOfBirth", "födelseår", "född", "födelsedatum", "födelsedag", "year of birth", "birth year",
			"born", "date of birth"),

	PHONE("phone", "telefon", "telefonnummer", "tel", "telnr", "mobil", "mobilnummer", "mobiltelefon", "mobilnr",
			"phone", "phone number", "mobile", "mobile phone", "mobile number", "cell phone"),

	EMAIL("email", "e-post", "e-postadress", "mejl", "mejladress", "mail", "email", "email address"),

	STREET("street", "adress", "gatuadress", "utdelningsadress", "postadress", "address", "street", "street address"),

	POSTCODE("postcode", "postnummer", "postnr", "postcode", "post code", "postal code", "zip", "zip code"),

	CITY("city", "ort", "postort", "stad", "city", "town"),

	CONTACT_CHANNEL("contactChannel", "kontaktsätt", "kontaktväg", "nås via", "contact channel", "contact method",
			"preferred contact"),

	LANGUAGES("languages", "språk", "modersmål", "talar", "languages", "language", "spoken languages"),

	DEVICES("devices", "enheter", "enhet", "utrustning", "devices", "device"),

	GENDER("gender", "kön", "gender", "sex"),

	SCHOOL("school", "skola", "school"),

	SCHOOL_CLASS("schoolClass", "klass", "class"),

	ACCESSIBILITY_NEEDS("accessibilityNeeds", "behov", "tillgänglighet", "särskilda behov", "needs", "accessibility",
			"accessibility needs"),

	HOME_VISITS("homeVisits", "hembesök", "home visits", "home visit"),

	CAPACITY("capacity", "kapacitet", "antal seniorer", "capacity"),

	NOTES("notes", "anteckningar", "anteckning", "kommentar", "kommentarer", "övrigt", "notes", "note", "comments");

	/** The fields every row needs: a name and a year of birth. */
	public static final List<ImportField> REQUIRED = List.of(FIRST_NAME, LAST_NAME, YEAR_OF_BIRTH);

	/** The fields that can reach a person; a file needs a column for at least one. */
	public static final List<ImportField> CONTACT = List.of(PHONE, EMAIL, STREET);

	private final String property;

	private final Set<String> headers;

	ImportField(String property, String... headers) {
		this.property = property;
		this.headers = Set.of(headers).stream().map(ImportField::normalise).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The name of the profile field, as the people API names it ({@code yearOfBirth}).
	 */
	public String property() {
		return this.property;
	}

	/** The field a column of this name fills, if Tandem recognises the name. */
	public static @Nullable ImportField forHeader(String header) {
		String name = normalise(header);
		for (ImportField field : values()) {
			if (field.headers.contains(name)) {
				return field;
			}
		}
		return null;
	}

	/** The field for a profile property, as a rule names it. */
	static @Nullable ImportField forProperty(String property) {
		for (ImportField field : values()) {
			if (field.property.equals(property)) {
				return field;
			}
		}
		return switch (property) {
			case "venues" -> CONTACT_CHANNEL;
			default -> null;
		};
	}

	/** Lower case, letters and digits only, accents removed: "E-post" becomes "epost". */
	static String normalise(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (Patterns.PLAIN.matcher(lower).matches()) {
			return lower;
		}
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		return Patterns.NOT_LETTER_OR_DIGIT.matcher(decomposed).replaceAll("");
	}

	/** Compiled once; a holder because enum constants are made before static fields. */
	private static final class Patterns {

		static final Pattern PLAIN = Pattern.compile("[a-z0-9]*");

		static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

	}

}
