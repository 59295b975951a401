package org.tandem.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A field a column of an imported file can fill, of a person's profile or of a venue,
 * with the column names that Swedish and English lists use for it. Names are compared
 * without case, spaces, punctuation or accents: "E-post", "epost" and "E-mail" are the
 * same to Tandem. Which fields a file offers depends on what it lists
 * ({@link ImportKind#fields()}); a column name is matched among those only, so that
 * "Kapacitet" is a mentor's capacity in a class list and a room's in a list of venues.
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

	NOTES("notes", "anteckningar", "anteckning", "kommentar", "kommentarer", "övrigt", "notes", "note", "comments"),

	NAME("name", "namn", "mötesplats", "verksamhet", "name", "venue", "venue name", "place name"),

	VENUE_KIND("kind", "typ", "sort", "slag", "kategori", "typ av plats", "verksamhetstyp", "kind", "type",
			"venue type", "category"),

	MUNICIPALITY("municipality", "kommun", "municipality", "council", "local authority"),

	MEETING_LINK("meetingLink", "länk", "möteslänk", "videolänk", "webbadress", "url", "link", "meeting link",
			"video link"),

	LATITUDE("latitude", "latitud", "lat", "breddgrad", "latitude"),

	LONGITUDE("longitude", "longitud", "long", "lon", "lng", "längdgrad", "longitude"),

	ROOM_NAME("roomName", "rum", "rumsnamn", "lokal", "sal", "room", "room name"),

	ROOM_CAPACITY("roomCapacity", "platser", "antal platser", "kapacitet", "antal personer", "max antal",
			"rumskapacitet", "capacity", "room capacity", "seats", "places"),

	ACCESSIBILITY_FEATURES("features", "tillgänglighet", "tillgänglighetsanpassning", "anpassningar", "accessibility",
			"accessibility features", "features"),

	OPENING_HOURS("openingHours", "öppettider", "öppet", "opening hours", "open", "hours");

	/** The fields of a list of mentors or seniors, in the order they are offered. */
	static final List<ImportField> PERSON_FIELDS = List.of(FIRST_NAME, LAST_NAME, YEAR_OF_BIRTH, PHONE, EMAIL, STREET,
			POSTCODE, CITY, CONTACT_CHANNEL, LANGUAGES, DEVICES, GENDER, SCHOOL, SCHOOL_CLASS, ACCESSIBILITY_NEEDS,
			HOME_VISITS, CAPACITY, NOTES);

	/** The fields every person needs: a name and a year of birth. */
	static final List<ImportField> PERSON_REQUIRED = List.of(FIRST_NAME, LAST_NAME, YEAR_OF_BIRTH);

	/** The fields that can reach a person; a file needs a column for at least one. */
	public static final List<ImportField> CONTACT = List.of(PHONE, EMAIL, STREET);

	/** The fields of a list of venues, in the order they are offered. */
	static final List<ImportField> VENUE_FIELDS = List.of(NAME, VENUE_KIND, STREET, POSTCODE, CITY, MUNICIPALITY, PHONE,
			EMAIL, MEETING_LINK, LATITUDE, LONGITUDE, ROOM_NAME, ROOM_CAPACITY, ACCESSIBILITY_FEATURES, OPENING_HOURS);

	/**
	 * The fields every venue needs: a name, and its kind, which decides whether it needs
	 * an address or a meeting link.
	 */
	static final List<ImportField> VENUE_REQUIRED = List.of(NAME, VENUE_KIND);

	private final String property;

	private final Set<String> headers;

	ImportField(String property, String... headers) {
		this.property = property;
		this.headers = Set.of(headers).stream().map(ImportField::normalise).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The name of the field as the people or venues API names it ({@code yearOfBirth},
	 * {@code meetingLink}).
	 */
	public String property() {
		return this.property;
	}

	/**
	 * The field a column of this name fills in this kind of list, if Tandem recognises
	 * the name.
	 */
	public static @Nullable ImportField forHeader(String header, ImportKind kind) {
		String name = normalise(header);
		for (ImportField field : kind.fields()) {
			if (field.headers.contains(name)) {
				return field;
			}
		}
		return null;
	}

	/**
	 * The field for a property of a profile or a venue, as a rule names it; a rule about
	 * a venue's rooms is about the room's capacity, which the file gives.
	 */
	static @Nullable ImportField forProperty(String property) {
		for (ImportField field : values()) {
			if (field.property.equals(property)) {
				return field;
			}
		}
		return switch (property) {
			case "venues" -> CONTACT_CHANNEL;
			case "rooms" -> ROOM_CAPACITY;
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
