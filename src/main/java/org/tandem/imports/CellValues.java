package org.tandem.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;

/**
 * Reads the values coordinators type into their lists: languages by name or code
 * ("svenska, arabiska" or "sv/ar"), contact ways, genders, devices and needs in Swedish
 * or English, yes and no, and years of birth written as a year or a date. Each method
 * answers empty for a value it does not recognise.
 */
final class CellValues {

	/** Lists are separated by commas, semicolons, slashes or "och"/"and". */
	static final Pattern LIST = Pattern.compile("\\s*(?:[,;/+&]|\\boch\\b|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})[-./ ]?\\d{1,2}[-./ ]?\\d{1,2}");

	private static final Pattern DAY_FIRST_DATE = Pattern.compile("\\d{1,2}[-./ ]\\d{1,2}[-./ ]((?:19|20)\\d{2})");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

	private static final Map<String, String> LANGUAGES = languageNames();

	private static final Map<String, ContactChannel> CHANNELS = Map.ofEntries(Map.entry("sms", ContactChannel.SMS),
			Map.entry("text", ContactChannel.SMS), Map.entry("textmeddelande", ContactChannel.SMS),
			Map.entry("textmessage", ContactChannel.SMS), Map.entry("telefon", ContactChannel.PHONE),
			Map.entry("samtal", ContactChannel.PHONE), Map.entry("ring", ContactChannel.PHONE),
			Map.entry("phone", ContactChannel.PHONE), Map.entry("phonecall", ContactChannel.PHONE),
			Map.entry("call", ContactChannel.PHONE), Map.entry("epost", ContactChannel.EMAIL),
			Map.entry("email", ContactChannel.EMAIL), Map.entry("mejl", ContactChannel.EMAIL),
			Map.entry("mail", ContactChannel.EMAIL), Map.entry("brev", ContactChannel.POST),
			Map.entry("post", ContactChannel.POST), Map.entry("letter", ContactChannel.POST),
			Map.entry("viapersonal", ContactChannel.VIA_VENUE_STAFF),
			Map.entry("personal", ContactChannel.VIA_VENUE_STAFF),
			Map.entry("viavenuestaff", ContactChannel.VIA_VENUE_STAFF),
			Map.entry("venuestaff", ContactChannel.VIA_VENUE_STAFF));

	private static final Map<String, Gender> GENDERS = Map.ofEntries(Map.entry("kvinna", Gender.WOMAN),
			Map.entry("k", Gender.WOMAN), Map.entry("woman", Gender.WOMAN), Map.entry("female", Gender.WOMAN),
			Map.entry("f", Gender.WOMAN), Map.entry("w", Gender.WOMAN), Map.entry("tjej", Gender.WOMAN),
			Map.entry("flicka", Gender.WOMAN), Map.entry("man", Gender.MAN), Map.entry("m", Gender.MAN),
			Map.entry("male", Gender.MAN), Map.entry("kille", Gender.MAN), Map.entry("pojke", Gender.MAN),
			Map.entry("ickebinar", Gender.NON_BINARY), Map.entry("nonbinary", Gender.NON_BINARY),
			Map.entry("annat", Gender.NON_BINARY), Map.entry("other", Gender.NON_BINARY),
			Map.entry("vilejuppge", Gender.NOT_STATED), Map.entry("uppgeej", Gender.NOT_STATED),
			Map.entry("notstated", Gender.NOT_STATED), Map.entry("prefernottosay", Gender.NOT_STATED));

	private static final Map<String, Device> DEVICES = Map.ofEntries(Map.entry("iphone", Device.IPHONE),
			Map.entry("android", Device.ANDROID_PHONE), Map.entry("androidtelefon", Device.ANDROID_PHONE),
			Map.entry("androidmobil", Device.ANDROID_PHONE), Map.entry("androidphone", Device.ANDROID_PHONE),
			Map.entry("samsung", Device.ANDROID_PHONE), Map.entry("ipad", Device.IPAD),
			Map.entry("surfplatta", Device.ANDROID_TABLET), Map.entry("androidsurfplatta", Device.ANDROID_TABLET),
			Map.entry("androidplatta", Device.ANDROID_TABLET), Map.entry("androidtablet", Device.ANDROID_TABLET),
			Map.entry("tablet", Device.ANDROID_TABLET), Map.entry("windows", Device.WINDOWS),
			Map.entry("windowsdator", Device.WINDOWS), Map.entry("pc", Device.WINDOWS),
			Map.entry("dator", Device.WINDOWS), Map.entry("computer", Device.WINDOWS),
			Map.entry("windowscomputer", Device.WINDOWS), Map.entry("mac", Device.MAC),
			Map.entry("macbook", Device.MAC), Map.entry("imac", Device.MAC));

	private static final Map<String, AccessibilityNeed> NEEDS = Map.ofEntries(
			Map.entry("horsel", AccessibilityNeed.HEARING), Map.entry("nedsatthorsel", AccessibilityNeed.HEARING),
			Map.entry("hearing", AccessibilityNeed.HEARING), Map.entry("syn", AccessibilityNeed.VISION),
			Map.entry("nedsattsyn", AccessibilityNeed.VISION), Map.entry("vision", AccessibilityNeed.VISION),
			Map.entry("sight", AccessibilityNeed.VISION), Map.entry("rorlighet", AccessibilityNeed.MOBILITY),
			Map.entry("rullator", AccessibilityNeed.MOBILITY), Map.entry("rullstol", AccessibilityNeed.MOBILITY),
			Map.entry("mobility", AccessibilityNeed.MOBILITY), Map.entry("wheelchair", AccessibilityNeed.MOBILITY),
			Map.entry("minne", AccessibilityNeed.MEMORY), Map.entry("memory", AccessibilityNeed.MEMORY));

	private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "x", "1", "true", "sant");

	private static final Set<String> NO = Set.of("nej", "n", "no", "0", "false", "falskt", "-");

	private CellValues() {
	}

	/**
	 * A year of birth written as a year, an ISO date, {@code 19420503} or
	 * {@code 3/5/1942}.
	 */
	static Optional<Integer> yearOfBirth(String value) {
		String text = value.strip();
		if (YEAR.matcher(text).matches()) {
			return Optional.of(Integer.parseInt(text));
		}
		Matcher date = DATE.matcher(text);
		if (date.matches()) {
			return Optional.of(Integer.parseInt(date.group(1)));
		}
		Matcher dayFirst = DAY_FIRST_DATE.matcher(text);
		if (dayFirst.matches()) {
			return Optional.of(Integer.parseInt(dayFirst.group(1)));
		}
		return Optional.empty();
	}

	static boolean isEmail(String value) {
		return EMAIL.matcher(value.strip()).matches();
	}

	/**
	 * The languages in a cell, by name in Swedish or English or by ISO 639 code, in the
	 * order written.
	 * @return the codes, and every part that is not a language
	 */
	static Languages languages(String value) {
		Set<LanguageCode> codes = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String part : LIST.split(value.strip())) {
			if (part.isBlank()) {
				continue;
			}
			String key = key(part);
			String code = LANGUAGES.get(key);
			if (code == null && LanguageCode.isValid(part.strip())) {
				code = part.strip().toLowerCase(Locale.ROOT);
			}
			if (code != null) {
				codes.add(new LanguageCode(code));
			}
			else {
				unknown.add(part.strip());
			}
		}
		return new Languages(List.copyOf(codes), List.copyOf(unknown));
	}

	record Languages(List<LanguageCode> codes, List<String> unknown) {
	}

	static Optional<ContactChannel> channel(String value) {
		String key = key(value);
		for (ContactChannel channel : ContactChannel.values()) {
			if (key(channel.name()).equals(key)) {
				return Optional.of(channel);
			}
		}
		return Optional.ofNullable(CHANNELS.get(key));
	}

	static Optional<Gender> gender(String value) {
		String key = key(value);
		for (Gender gender : Gender.values()) {
			if (key(gender.name()).equals(key)) {
				return Optional.of(gender);
			}
		}
		return Optional.ofNullable(GENDERS.get(key));
	}

	/** Each part of a list of devices, or empty if one part is not a device. */
	static Parts<Device> devices(String value) {
		return parts(value, DEVICES, Device.values());
	}

	static Parts<AccessibilityNeed> needs(String value) {
		return parts(value, NEEDS, AccessibilityNeed.values());
	}

	static Optional<Boolean> yesOrNo(String value) {
		if (value.isBlank()) {
			return Optional.of(false);
		}
		String key = key(value);
		if (YES.contains(key) || YES.contains(value.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(true);
		}
		if (key.isEmpty() || NO.contains(key) || NO.contains(value.strip())) {
			return Optional.of(false);
		}
		return Optional.empty();
	}

	record Parts<T>(Set<T> values, List<String> unknown) {
	}

	private static <T extends Enum<T>> Parts<T> parts(String value, Map<String, T> names, T[] constants) {
		if (value.isBlank()) {
			return new Parts<>(Set.of(), List.of());
		}
		Set<T> found = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String part : LIST.split(value.strip())) {
			if (part.isBlank()) {
				continue;
			}
			String key = key(part);
			T match = names.get(key);
			for (T constant : constants) {
				if (key(constant.name()).equals(key)) {
					match = constant;
				}
			}
			if (match != null) {
				found.add(match);
			}
			else {
				unknown.add(part.strip());
			}
		}
		return new Parts<>(found, List.copyOf(unknown));
	}

	/** Lower case, letters and digits only, accents removed. */
	static String key(String text) {
		return ImportField.normalise(text);
	}

	/**
	 * Language names as Swedish and English write them ("arabiska", "Arabic"), and the
	 * minority languages that Java's names do not cover well.
	 */
	private static Map<String, String> languageNames() {
		Map<String, String> names = new HashMap<>();
		List<String> codes = new ArrayList<>(List.of(Locale.getISOLanguages()));
		for (String code : codes) {
			for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
				String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
				if (!name.isBlank() && !name.equalsIgnoreCase(code)) {
					names.putIfAbsent(key(name), code);
				}
			}
		}
		Map<String, String> extra = Map.ofEntries(Map.entry("samiska", "se"), Map.entry("nordsamiska", "se"),
				Map.entry("sami", "se"), Map.entry("northernsami", "se"), Map.entry("sydsamiska", "sma"),
				Map.entry("southernsami", "sma"), Map.entry("lulesamiska", "smj"), Map.entry("lulesami", "smj"),
				Map.entry("umesamiska", "sju"), Map.entry("pitesamiska", "sjd"), Map.entry("enaresamiska", "smn"),
				Map.entry("skoltsamiska", "sms"), Map.entry("meankieli", "fit"), Map.entry("tornedalsfinska", "fit"),
				Map.entry("romani", "rom"), Map.entry("romska", "rom"), Map.entry("romanichib", "rom"),
				Map.entry("jiddisch", "yi"), Map.entry("farsi", "fa"), Map.entry("dari", "fa"),
				Map.entry("kurdiska", "ku"), Map.entry("sorani", "ku"), Map.entry("kurmanji", "ku"),
				Map.entry("bosniska", "bs"), Map.entry("tigrinja", "ti"), Map.entry("tigrinska", "ti"),
				Map.entry("svenskt", "sv"), Map.entry("svenska", "sv"), Map.entry("engelska", "en"),
				Map.entry("ukrainska", "uk"), Map.entry("thai", "th"));
		names.putAll(extra);
		return Map.copyOf(names);
	}

	static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
