package org.tandem.imports;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.VenueKind;

/**
 * Reads the values coordinators type into their lists: languages by name or code
 * ("svenska, arabiska" or "sv/ar"), contact ways, genders, devices and needs in Swedish
 * or English, yes and no, and years of birth written as a year or a date; and for venues
 * their kind ("bibliotek", "äldreboende"), accessibility ("hiss, hörslinga"), opening
 * hours ("mån-fre 10-18, lör 11-15") and coordinates with a decimal point or comma. Each
 * method answers empty for a value it does not recognise.
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

	private static final Map<String, VenueKind> VENUE_KINDS = Map.ofEntries(Map.entry("bibliotek", VenueKind.LIBRARY),
			Map.entry("stadsbibliotek", VenueKind.LIBRARY), Map.entry("folkbibliotek", VenueKind.LIBRARY),
			Map.entry("filial", VenueKind.LIBRARY), Map.entry("library", VenueKind.LIBRARY),
			Map.entry("aldreboende", VenueKind.CARE_HOME), Map.entry("sarskiltboende", VenueKind.CARE_HOME),
			Map.entry("vardboende", VenueKind.CARE_HOME), Map.entry("demensboende", VenueKind.CARE_HOME),
			Map.entry("serviceboende", VenueKind.CARE_HOME), Map.entry("carehome", VenueKind.CARE_HOME),
			Map.entry("nursinghome", VenueKind.CARE_HOME), Map.entry("residentialhome", VenueKind.CARE_HOME),
			Map.entry("skola", VenueKind.SCHOOL), Map.entry("grundskola", VenueKind.SCHOOL),
			Map.entry("hogstadium", VenueKind.SCHOOL), Map.entry("hogstadieskola", VenueKind.SCHOOL),
			Map.entry("gymnasium", VenueKind.SCHOOL), Map.entry("gymnasieskola", VenueKind.SCHOOL),
			Map.entry("school", VenueKind.SCHOOL), Map.entry("traffpunkt", VenueKind.COMMUNITY_CENTRE),
			Map.entry("fritidsgard", VenueKind.COMMUNITY_CENTRE), Map.entry("motesplats", VenueKind.COMMUNITY_CENTRE),
			Map.entry("medborgarhus", VenueKind.COMMUNITY_CENTRE), Map.entry("folketshus", VenueKind.COMMUNITY_CENTRE),
			Map.entry("bygdegard", VenueKind.COMMUNITY_CENTRE), Map.entry("forsamlingshem", VenueKind.COMMUNITY_CENTRE),
			Map.entry("communitycenter", VenueKind.COMMUNITY_CENTRE),
			Map.entry("communitycentre", VenueKind.COMMUNITY_CENTRE),
			Map.entry("youthcentre", VenueKind.COMMUNITY_CENTRE), Map.entry("youthcenter", VenueKind.COMMUNITY_CENTRE),
			Map.entry("online", VenueKind.ONLINE), Map.entry("digital", VenueKind.ONLINE),
			Map.entry("digitalt", VenueKind.ONLINE), Map.entry("distans", VenueKind.ONLINE),
			Map.entry("padistans", VenueKind.ONLINE), Map.entry("videomote", VenueKind.ONLINE),
			Map.entry("video", VenueKind.ONLINE));

	private static final Map<String, AccessibilityFeature> FEATURES = Map.ofEntries(
			Map.entry("ramp", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("trappfritt", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("steglost", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("utantrappor", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("tillgangligentre", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("trappfrientre", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("stepfree", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("stepfreeaccess", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("wheelchairaccess", AccessibilityFeature.STEP_FREE_ACCESS),
			Map.entry("hiss", AccessibilityFeature.LIFT), Map.entry("lift", AccessibilityFeature.LIFT),
			Map.entry("elevator", AccessibilityFeature.LIFT), Map.entry("horslinga", AccessibilityFeature.HEARING_LOOP),
			Map.entry("teleslinga", AccessibilityFeature.HEARING_LOOP),
			Map.entry("slinga", AccessibilityFeature.HEARING_LOOP),
			Map.entry("hearingloop", AccessibilityFeature.HEARING_LOOP),
			Map.entry("inductionloop", AccessibilityFeature.HEARING_LOOP),
			Map.entry("rwc", AccessibilityFeature.ACCESSIBLE_TOILET),
			Map.entry("handikapptoalett", AccessibilityFeature.ACCESSIBLE_TOILET),
			Map.entry("tillgangligtoalett", AccessibilityFeature.ACCESSIBLE_TOILET),
			Map.entry("accessibletoilet", AccessibilityFeature.ACCESSIBLE_TOILET),
			Map.entry("parkering", AccessibilityFeature.PARKING),
			Map.entry("handikapparkering", AccessibilityFeature.PARKING),
			Map.entry("parking", AccessibilityFeature.PARKING),
			Map.entry("parkeringnaraentren", AccessibilityFeature.PARKING),
			Map.entry("parkingneartheentrance", AccessibilityFeature.PARKING),
			Map.entry("narabuss", AccessibilityFeature.NEAR_PUBLIC_TRANSPORT),
			Map.entry("narabusselleratag", AccessibilityFeature.NEAR_PUBLIC_TRANSPORT),
			Map.entry("nearabusortrainstop", AccessibilityFeature.NEAR_PUBLIC_TRANSPORT),
			Map.entry("busshallplats", AccessibilityFeature.NEAR_PUBLIC_TRANSPORT),
			Map.entry("narakollektivtrafik", AccessibilityFeature.NEAR_PUBLIC_TRANSPORT),
			Map.entry("kollektivtrafik", AccessibilityFeature.NEAR_PUBLIC_TRANSPORT),
			Map.entry("publictransport", AccessibilityFeature.NEAR_PUBLIC_TRANSPORT),
			Map.entry("busstop", AccessibilityFeature.NEAR_PUBLIC_TRANSPORT),
			Map.entry("tystrum", AccessibilityFeature.QUIET_ROOM),
			Map.entry("lugntrum", AccessibilityFeature.QUIET_ROOM),
			Map.entry("quietroom", AccessibilityFeature.QUIET_ROOM));

	/** Weekdays by their Swedish and English names and abbreviations, accents removed. */
	private static final Map<String, DayOfWeek> DAYS = days();

	/** Names of several days at once. */
	private static final Map<String, Set<DayOfWeek>> DAY_GROUPS = Map.of("vardagar",
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "weekdays",
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "helger",
			EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "weekends",
			EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "alladagar", EnumSet.allOf(DayOfWeek.class), "dagligen",
			EnumSet.allOf(DayOfWeek.class), "daily", EnumSet.allOf(DayOfWeek.class), "everyday",
			EnumSet.allOf(DayOfWeek.class));

	/**
	 * One part of a venue's opening hours: a day, a range of days or a group of days,
	 * then two times ("mån-fre 10-18", "lör 11.00-15.00", "vardagar kl. 9:30-16") or
	 * "stängt".
	 */
	private static final Pattern HOURS = Pattern.compile("(\\p{L}+(?: \\p{L}+)??)\\.?(?:\\s*[-–]\\s*(\\p{L}+)\\.?)?\\s+"
			+ "(?:(?:kl\\.?\\s*)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*[-–]\\s*(\\d{1,2})(?:[:.](\\d{2}))?"
			+ "|(stängt|stängd|closed))");

	/** Opening hours list their parts with commas, semicolons or line breaks. */
	private static final Pattern HOURS_LIST = Pattern.compile("\\s*[,;\\n]\\s*");

	private static final Pattern DEGREES = Pattern.compile("[+-]?\\d{1,3}(?:[.,]\\d+)?");

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

	/**
	 * A kind of venue by its kind's name or a word for such places, Swedish or English.
	 */
	static Optional<VenueKind> venueKind(String value) {
		String key = key(value);
		for (VenueKind kind : VenueKind.values()) {
			if (key(kind.name()).equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.ofNullable(VENUE_KINDS.get(key));
	}

	static Parts<AccessibilityFeature> features(String value) {
		return parts(value, FEATURES, AccessibilityFeature.values());
	}

	/**
	 * A venue's weekly opening hours, written as Swedish and English signs do: "mån-fre
	 * 10-18, lör 11-15, sön stängt", "Mon–Fri 9:30–16:00", "vardagar 10.00-17.00".
	 * @return empty unless every part reads as days and times, each closing after it
	 * opens
	 */
	static Optional<WeeklyTimes> openingHours(String value) {
		List<TimeWindow> windows = new ArrayList<>();
		for (String part : HOURS_LIST.split(value.strip().toLowerCase(Locale.ROOT))) {
			if (part.isBlank()) {
				continue;
			}
			Matcher matcher = HOURS.matcher(part);
			Set<DayOfWeek> days = matcher.matches() ? days(matcher.group(1), matcher.group(2)) : Set.of();
			if (days.isEmpty()) {
				return Optional.empty();
			}
			if (matcher.group(7) != null) {
				continue;
			}
			try {
				LocalTime opens = LocalTime.of(Integer.parseInt(matcher.group(3)), minutes(matcher.group(4)));
				LocalTime closes = LocalTime.of(Integer.parseInt(matcher.group(5)), minutes(matcher.group(6)));
				for (DayOfWeek day : days) {
					windows.add(new TimeWindow(day, opens, closes));
				}
			}
			catch (DateTimeException | IllegalArgumentException impossible) {
				return Optional.empty();
			}
		}
		return Optional.of(new WeeklyTimes(windows));
	}

	/**
	 * A latitude or longitude in decimal degrees, with a point or, as Swedes write it, a
	 * comma.
	 */
	static Optional<Double> degrees(String value) {
		String text = value.strip();
		if (!DEGREES.matcher(text).matches()) {
			return Optional.empty();
		}
		return Optional.of(Double.valueOf(text.replace(',', '.')));
	}

	/** The days from one day to another, or a group of days; empty if not days. */
	private static Set<DayOfWeek> days(String first, @Nullable String last) {
		String from = key(first);
		if (last == null && DAY_GROUPS.containsKey(from)) {
			return DAY_GROUPS.get(from);
		}
		DayOfWeek start = DAYS.get(from);
		DayOfWeek end = (last != null) ? DAYS.get(key(last)) : start;
		if (start == null || end == null || end.compareTo(start) < 0) {
			return Set.of();
		}
		return EnumSet.range(start, end);
	}

	private static int minutes(@Nullable String minutes) {
		return (minutes != null) ? Integer.parseInt(minutes) : 0;
	}

	private static Map<String, DayOfWeek> days() {
		Map<String, DayOfWeek> days = new HashMap<>();
		String[][] names = { { "mandag", "man", "ma", "monday", "mon", "mo" },
				{ "tisdag", "tis", "ti", "tuesday", "tue", "tues", "tu" },
				{ "onsdag", "ons", "on", "wednesday", "wed", "we" },
				{ "torsdag", "tors", "tor", "to", "thursday", "thu", "thur", "thurs", "th" },
				{ "fredag", "fre", "fr", "friday", "fri" }, { "lordag", "lor", "lo", "saturday", "sat", "sa" },
				{ "sondag", "son", "so", "sunday", "sun", "su" } };
		for (DayOfWeek day : DayOfWeek.values()) {
			for (String name : names[day.ordinal()]) {
				days.put(name, day);
			}
		}
		return Map.copyOf(days);
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
