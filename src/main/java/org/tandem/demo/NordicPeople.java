package org.tandem.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.tandem.curriculum.Device;
import org.tandem.curriculum.TopicId;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ConsentGiver;
import org.tandem.people.ConsentMethod;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonStatus;
import org.tandem.people.PhoneNumber;
import org.tandem.people.PostalAddress;
import org.tandem.people.Profile;
import org.tandem.people.Registration;
import org.tandem.people.TopicWish;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.VenueId;

/**
 * Makes realistic, made-up mentors and seniors of a Nordic programme, the same ones for
 * the same seed. The shares below are the generator's assumptions, chosen to look like
 * Swedish programmes (many Sweden Finns among older people; Arabic, Somali, Persian and
 * Bosnian among both; a few Sámi speakers), not statistics. Phone numbers are unique
 * within a run; e-mail addresses use the reserved domain example.se.
 */
final class NordicPeople {

	private static final List<String> OLDER_WOMEN = List.of("Gunnel", "Birgitta", "Karin", "Margareta", "Inger",
			"Ingrid", "Kerstin", "Ulla", "Britt", "Marianne", "Elisabet", "Gun", "Barbro", "Anita", "Siv", "Maj",
			"Ann-Marie", "Lena", "Berit", "Gunilla", "Astrid", "Solveig", "Elsy", "Irma");

	private static final List<String> OLDER_MEN = List.of("Lars", "Bengt", "Sven", "Karl", "Göran", "Bo", "Leif",
			"Rolf", "Kjell", "Lennart", "Stig", "Åke", "Gunnar", "Erik", "Olle", "Sture", "Torbjörn", "Ove", "Ingvar",
			"Hans", "Bertil", "Arne", "Evert", "Gösta");

	private static final List<String> YOUNG_WOMEN = List.of("Alice", "Maja", "Vera", "Elsa", "Ella", "Wilma", "Alma",
			"Ebba", "Signe", "Freja", "Saga", "Olivia", "Astrid", "Agnes", "Stella", "Selma", "Nora", "Ellen", "Lilly",
			"Clara");

	private static final List<String> YOUNG_MEN = List.of("Elias", "Noah", "Hugo", "William", "Liam", "Lucas", "Oscar",
			"Adam", "Matteo", "Leo", "Vincent", "Theo", "Alexander", "Ludvig", "Nils", "Isak", "Edvin", "Viktor",
			"Axel", "Melvin");

	private static final List<String> SWEDISH_SURNAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson",
			"Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson",
			"Hansson", "Bengtsson", "Lindberg", "Lindström", "Lundgren", "Berg", "Åberg", "Öberg", "Sjöberg",
			"Forsberg", "Lundqvist", "Holm", "Nordström", "Ek", "Wallin", "Björk", "Sandberg");

	/** Names by first language: women, men, surnames. */
	private static final java.util.Map<String, List<List<String>>> NAMES = java.util.Map
		.of("fi",
				List.of(List.of("Aino", "Helmi", "Liisa", "Pirkko", "Aili", "Sanna"),
						List.of("Pekka", "Juha", "Matti", "Heikki", "Kalevi", "Jari"),
						List.of("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen")),
				"ar",
				List.of(List.of("Fatima", "Amira", "Layla", "Noor", "Yasmin", "Rania"),
						List.of("Ahmed", "Mohammed", "Ali", "Omar", "Yusuf", "Karim"),
						List.of("Hassan", "Ali", "Ibrahim", "Mahmoud", "Khalil", "Saleh", "Haddad")),
				"so",
				List.of(List.of("Hodan", "Amina", "Faadumo", "Sahra", "Hibo"),
						List.of("Abdi", "Mahad", "Abdirahman", "Ahmed", "Liban"),
						List.of("Farah", "Warsame", "Mohamud", "Abdullahi", "Jama", "Osman")),
				"fa",
				List.of(List.of("Maryam", "Shirin", "Parisa", "Zahra", "Leila"),
						List.of("Reza", "Ali", "Amir", "Hossein", "Dariush"),
						List.of("Hosseini", "Ahmadi", "Rahimi", "Karimi", "Mohammadi", "Rezaei")),
				"bs",
				List.of(List.of("Amra", "Emina", "Selma", "Lejla", "Azra"),
						List.of("Emir", "Adnan", "Mirza", "Senad", "Edin"),
						List.of("Hodžić", "Begić", "Hadžić", "Kovačević", "Delić", "Mehmedović")),
				"se",
				List.of(List.of("Elle", "Sara", "Máret", "Inga", "Kristina"),
						List.of("Nils", "Ánte", "Per", "Jovnna", "Lars"),
						List.of("Labba", "Kuoljok", "Sparrok", "Pavval", "Omma", "Nutti", "Blind", "Kitok")));

	private static final Weighted<String> SENIOR_FIRST_LANGUAGE = new Weighted<String>().add("sv", 82)
		.add("fi", 7)
		.add("ar", 2.5)
		.add("bs", 2)
		.add("fa", 1.5)
		.add("en", 1)
		.add("so", 0.5)
		.add("se", 0.5)
		.add("pl", 1)
		.add("de", 1)
		.add("es", 1);

	private static final Weighted<String> MENTOR_FIRST_LANGUAGE = new Weighted<String>().add("sv", 72)
		.add("ar", 9)
		.add("so", 4)
		.add("fa", 4)
		.add("fi", 2)
		.add("ti", 2)
		.add("en", 2)
		.add("bs", 1.5)
		.add("pl", 1.5)
		.add("se", 0.5)
		.add("tr", 1.5);

	private static final Weighted<ContactChannel> SENIOR_CHANNEL = new Weighted<ContactChannel>()
		.add(ContactChannel.SMS, 45)
		.add(ContactChannel.PHONE, 25)
		.add(ContactChannel.EMAIL, 15)
		.add(ContactChannel.POST, 5)
		.add(ContactChannel.VIA_VENUE_STAFF, 10);

	/** Share of seniors who want help at home. */
	static final double SENIOR_HOME_VISITS = 0.15;

	/** Share of seniors who name a venue they prefer; the others take any nearby. */
	static final double SENIOR_NAMES_VENUE = 0.4;

	/** Share of mentors who are pupils of 15 to 17. */
	static final double MENTOR_PUPILS = 1 / 3.0;

	/** Share of mentors who name one or two venues they prefer. */
	static final double MENTOR_NAMES_VENUES = 0.35;

	/** Share of mentors of 19 and over who offer home visits. */
	static final double MENTOR_HOME_VISITS = 0.3;

	/**
	 * Shares of people active, pending, and (the rest) inactive with consent withdrawn.
	 */
	static final double ACTIVE = 0.85;

	static final double PENDING = 0.11;

	/**
	 * Of adult mentors who offer home visits: a valid check, an expired one (rest none).
	 */
	static final double CHECK_VALID = 0.85;

	static final double CHECK_EXPIRED = 0.07;

	private static final List<String> PARENTS = List.of("Anna", "Maria", "Sara", "Emma", "Linda", "Jenny", "Johan",
			"Mikael", "Fredrik", "Daniel", "Andreas", "Hanna");

	private static final Weighted<ConsentMethod> CONSENT_METHOD = new Weighted<ConsentMethod>()
		.add(ConsentMethod.PAPER, 50)
		.add(ConsentMethod.ONLINE_FORM, 35)
		.add(ConsentMethod.VERBAL, 15);

	private final Random random;

	private final List<Municipality> municipalities = Municipality.all();

	private final Weighted<Municipality> byPopulation = new Weighted<>();

	private int serial;

	NordicPeople(long seed) {
		this.random = new Random(seed);
		this.municipalities.forEach((municipality) -> this.byPopulation.add(municipality, municipality.thousands()));
	}

	Municipality municipality() {
		return this.byPopulation.pick(this.random);
	}

	List<Municipality> municipalities() {
		return this.municipalities;
	}

	/**
	 * A senior aged 65 to 95 who wants help with some of {@code topics}, most often scams
	 * and BankID.
	 */
	Profile senior(Municipality home, List<TopicId> topics, List<VenueId> venuesNearby, Set<ProgrammeId> programmes,
			int year) {
		String first = SENIOR_FIRST_LANGUAGE.pick(this.random);
		boolean woman = this.random.nextDouble() < 0.6;
		String firstName = firstName(first, woman, true);
		String lastName = surname(first);
		List<LanguageCode> languages = languages(first, 0.7, 0.35);
		ContactChannel channel = SENIOR_CHANNEL.pick(this.random);
		if (channel == ContactChannel.VIA_VENUE_STAFF && venuesNearby.isEmpty()) {
			channel = ContactChannel.PHONE;
		}
		PhoneNumber phone = (channel == ContactChannel.POST || channel == ContactChannel.VIA_VENUE_STAFF)
				&& this.random.nextBoolean() ? null : phone();
		String email = (channel == ContactChannel.EMAIL || this.random.nextDouble() < 0.2) ? email(firstName, lastName)
				: null;
		// Everyone has an address in their municipality: matching reads the town to find
		// the programme's venues near a senior who names none.
		PostalAddress address = address(home);
		Set<Device> devices = EnumSet.noneOf(Device.class);
		double phoneKind = this.random.nextDouble();
		if (phoneKind < 0.48) {
			devices.add(Device.IPHONE);
		}
		else if (phoneKind < 0.9) {
			devices.add(Device.ANDROID_PHONE);
		}
		maybe(devices, Device.IPAD, 0.25);
		maybe(devices, Device.ANDROID_TABLET, 0.08);
		maybe(devices, Device.WINDOWS, 0.25);
		maybe(devices, Device.MAC, 0.05);
		Set<AccessibilityNeed> needs = EnumSet.noneOf(AccessibilityNeed.class);
		maybe(needs, AccessibilityNeed.HEARING, 0.25);
		maybe(needs, AccessibilityNeed.VISION, 0.15);
		maybe(needs, AccessibilityNeed.MOBILITY, 0.2);
		maybe(needs, AccessibilityNeed.MEMORY, 0.05);
		boolean homeVisits = this.random.nextDouble() < SENIOR_HOME_VISITS;
		Set<VenueId> venues = new LinkedHashSet<>();
		// Someone reached through venue staff is known at that venue.
		if (!venuesNearby.isEmpty()
				&& (channel == ContactChannel.VIA_VENUE_STAFF || this.random.nextDouble() < SENIOR_NAMES_VENUE)) {
			venues.add(venuesNearby.get(this.random.nextInt(venuesNearby.size())));
		}
		int age = 65 + (int) Math.min(30, Math.abs(this.random.nextGaussian() * 8) + this.random.nextInt(8));
		return new Profile(firstName, lastName, year - age, woman ? Gender.WOMAN : Gender.MAN, phone, email, address,
				channel, languages, devices, wishes(topics, 1 + this.random.nextInt(4), true), daytime(), venues,
				homeVisits, needs, programmes, null, null, 1, this.random.nextDouble() < 0.05 ? Gender.WOMAN : null,
				null);
	}

	/**
	 * A mentor: about a third pupils of 15 to 17 (after school), the others students and
	 * young adults of 18 to 25 (daytime).
	 */
	Profile mentor(Municipality home, List<TopicId> topics, List<VenueId> venuesNearby, Set<ProgrammeId> programmes,
			int year) {
		String first = MENTOR_FIRST_LANGUAGE.pick(this.random);
		double genderDraw = this.random.nextDouble();
		Gender gender = genderDraw < 0.49 ? Gender.WOMAN : genderDraw < 0.98 ? Gender.MAN : Gender.NON_BINARY;
		String firstName = firstName(first, gender == Gender.WOMAN, false);
		String lastName = surname(first);
		boolean pupil = this.random.nextDouble() < MENTOR_PUPILS;
		int age = pupil ? 15 + this.random.nextInt(3) : 18 + this.random.nextInt(8);
		List<LanguageCode> languages = languages(first, 0.97, 0.85);
		Set<Device> devices = EnumSet.noneOf(Device.class);
		maybe(devices, Device.IPHONE, 0.8);
		maybe(devices, Device.ANDROID_PHONE, 0.6);
		maybe(devices, Device.IPAD, 0.4);
		maybe(devices, Device.ANDROID_TABLET, 0.2);
		maybe(devices, Device.WINDOWS, 0.6);
		maybe(devices, Device.MAC, 0.25);
		if (devices.isEmpty()) {
			devices.add(Device.IPHONE);
		}
		Set<VenueId> venues = new LinkedHashSet<>();
		if (!venuesNearby.isEmpty() && this.random.nextDouble() < MENTOR_NAMES_VENUES) {
			for (int i = 0; i < Math.min(2, venuesNearby.size()); i++) {
				venues.add(venuesNearby.get(this.random.nextInt(venuesNearby.size())));
			}
		}
		// Tandem treats anyone born 18 years ago this year as possibly a minor, so only
		// mentors of 19 and over may offer home visits.
		boolean homeVisits = !pupil && age >= 19 && this.random.nextDouble() < MENTOR_HOME_VISITS;
		return new Profile(firstName, lastName, year - age, gender, phone(), email(firstName, lastName), address(home),
				ContactChannel.SMS, languages, devices, wishes(topics, 3 + this.random.nextInt(6), false),
				pupil ? afterSchool() : daytime(), venues, homeVisits, Set.of(), programmes,
				pupil ? home.name() + "skolan" : null,
				pupil ? (7 + this.random.nextInt(3)) + String.valueOf("ABC".charAt(this.random.nextInt(3))) : null,
				1 + this.random.nextInt(3), null, null);
	}

	/**
	 * Where a generated person stands in the programme: most active with a consent to
	 * take part (a guardian's for anyone who may be under 18), some still pending (half
	 * of them with the consent on file, waiting for a coordinator; a minor's often
	 * waiting for the guardian), a few who left and withdrew their consent; and for adult
	 * mentors who offer home visits, mostly a valid background check, sometimes an
	 * expired one or none yet.
	 * @param today the organisation's date, for ages and check dates
	 */
	Registration registration(PersonKind kind, Profile profile, LocalDate today) {
		boolean minor = kind == PersonKind.MENTOR && today.getYear() - profile.yearOfBirth() <= 18;
		ConsentMethod method = CONSENT_METHOD.pick(this.random);
		Registration.ParticipationConsent consent = minor
				? new Registration.ParticipationConsent(ConsentGiver.GUARDIAN, pick(PARENTS) + " " + profile.lastName(),
						ConsentMethod.SIGNED_LINK, false)
				: new Registration.ParticipationConsent(ConsentGiver.PERSON, null, method, false);
		double draw = this.random.nextDouble();
		Registration registration;
		if (draw < ACTIVE) {
			registration = new Registration(profile, PersonStatus.ACTIVE, consent, null);
		}
		else if (draw < ACTIVE + PENDING) {
			registration = new Registration(profile, PersonStatus.PENDING, this.random.nextBoolean() ? consent : null,
					null);
		}
		else {
			registration = new Registration(profile, PersonStatus.INACTIVE, new Registration.ParticipationConsent(
					consent.givenBy(), consent.guardianName(), consent.method(), true), null);
		}
		if (kind == PersonKind.MENTOR && profile.homeVisits() && !minor) {
			double check = this.random.nextDouble();
			if (check < CHECK_VALID + CHECK_EXPIRED) {
				// A Swedish police extract counts for a year.
				LocalDate checkedOn = (check < CHECK_VALID) ? today.minusDays(this.random.nextInt(330))
						: today.minusDays(370 + this.random.nextInt(300));
				registration = new Registration(profile, registration.status(), registration.participation(),
						new Registration.CheckRecord(checkedOn, checkedOn.plusYears(1).minusDays(1),
								"PR-" + checkedOn.getYear() + "-" + (100_000 + this.serial++)));
			}
		}
		return registration;
	}

	private String firstName(String language, boolean woman, boolean older) {
		List<List<String>> names = NAMES.get(language);
		if (names == null || this.random.nextDouble() < 0.15) {
			List<String> swedish = older ? (woman ? OLDER_WOMEN : OLDER_MEN) : (woman ? YOUNG_WOMEN : YOUNG_MEN);
			return pick(swedish);
		}
		return pick(names.get(woman ? 0 : 1));
	}

	private String surname(String language) {
		List<List<String>> names = NAMES.get(language);
		return (names == null) ? pick(SWEDISH_SURNAMES) : pick(names.get(2));
	}

	private List<LanguageCode> languages(String first, double swedishShare, double englishShare) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(first);
		if (this.random.nextDouble() < swedishShare) {
			codes.add("sv");
		}
		if (this.random.nextDouble() < englishShare) {
			codes.add("en");
		}
		return codes.stream().map(LanguageCode::new).toList();
	}

	private List<TopicWish> wishes(List<TopicId> topics, int count, boolean prioritised) {
		if (topics.isEmpty()) {
			return List.of();
		}
		List<TopicId> chosen = new ArrayList<>();
		int guard = 0;
		while (chosen.size() < Math.min(count, topics.size()) && guard++ < 100) {
			// Earlier topics in the list are wanted more often: the caller lists scams
			// and BankID first.
			int index = (int) Math.min(topics.size() - 1, Math.abs(this.random.nextGaussian()) * topics.size() / 2.5);
			TopicId topic = topics.get(index);
			if (!chosen.contains(topic)) {
				chosen.add(topic);
			}
		}
		List<TopicWish> wishes = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			wishes.add(new TopicWish(chosen.get(i), prioritised ? Math.min(5, i + 1) : 1));
		}
		return wishes;
	}

	private WeeklyTimes daytime() {
		List<TimeWindow> windows = new ArrayList<>();
		int count = 1 + this.random.nextInt(3);
		for (int i = 0; i < count; i++) {
			DayOfWeek day = DayOfWeek.of(1 + this.random.nextInt(5));
			int start = 9 + this.random.nextInt(6);
			windows
				.add(new TimeWindow(day, LocalTime.of(start, 0), LocalTime.of(start + 2 + this.random.nextInt(2), 0)));
		}
		return new WeeklyTimes(windows);
	}

	private WeeklyTimes afterSchool() {
		List<TimeWindow> windows = new ArrayList<>();
		int count = 1 + this.random.nextInt(3);
		for (int i = 0; i < count; i++) {
			DayOfWeek day = DayOfWeek.of(1 + this.random.nextInt(5));
			windows.add(new TimeWindow(day, LocalTime.of(15, 0), LocalTime.of(17 + this.random.nextInt(2), 0)));
		}
		if (this.random.nextDouble() < 0.2) {
			windows.add(new TimeWindow(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
		}
		return new WeeklyTimes(windows);
	}

	/**
	 * A valid Swedish mobile number, different every call: a fixed permutation of a
	 * counter.
	 */
	private PhoneNumber phone() {
		int index = this.serial++;
		String[] prefixes = { "70", "72", "73", "76", "79" };
		long spread = (index * 7_368_787L) % 10_000_000L;
		return new PhoneNumber(
				"+46" + prefixes[(index / 10_000_000) % prefixes.length] + String.format("%07d", spread));
	}

	private String email(String firstName, String lastName) {
		String local = (ascii(firstName) + "." + ascii(lastName)).toLowerCase(Locale.ROOT);
		return local + (this.serial++) + "@example.se";
	}

	private PostalAddress address(Municipality home) {
		String[] streets = { "Storgatan", "Kyrkogatan", "Skolgatan", "Järnvägsgatan", "Nygatan", "Parkvägen",
				"Björkvägen", "Tallvägen", "Ängsvägen", "Strandvägen" };
		String postcode = String.format("%05d",
				10_000 + Math.abs((home.code() + this.random.nextInt(90)).hashCode()) % 89_999);
		return new PostalAddress(streets[this.random.nextInt(streets.length)] + " " + (1 + this.random.nextInt(60)),
				postcode, home.name());
	}

	private static String ascii(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z-]", "");
	}

	private <T> void maybe(Set<T> set, T item, double share) {
		if (this.random.nextDouble() < share) {
			set.add(item);
		}
	}

	private String pick(List<String> names) {
		return names.get(this.random.nextInt(names.size()));
	}

}
