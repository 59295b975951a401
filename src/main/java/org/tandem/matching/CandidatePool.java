package org.tandem.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;

import org.tandem.curriculum.Device;
import org.tandem.curriculum.TopicId;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.PersonForMatching;
import org.tandem.people.PersonId;
import org.tandem.people.TopicWish;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;

/**
 * The people of one matching run compiled for speed: languages, devices and topics as
 * bitsets, availability as {@link WeekSlots} bitmaps, venues and municipalities as small
 * sorted index arrays, and mentors indexed by the venues and municipalities they can meet
 * at. A pair check is then a handful of AND and bit-count operations, and a senior is
 * only ever compared with the mentors who could reach one of the senior's places, which
 * keeps a national programme (100,000 × 30,000) to seconds. Nothing is kept per pair.
 *
 * <h2>Where people may meet</h2> A person may use the programme venues they prefer; one
 * who prefers none of the programme's venues may use any programme venue in their own
 * municipality (that of their address's town), and one with neither may use no venue:
 * Tandem does not send someone of unknown home across the country. A person's
 * municipalities are those of their preferred programme venues, else that of their town.
 * A pair may meet at a venue both may use if its opening hours hold a stretch of the
 * session's length in which both are available, or at the senior's home if the senior
 * wants home visits, the mentor is willing, they share a municipality and are both
 * available for a session's length; the home visit is then allowed only to an adult with
 * a valid background check ({@link PairRule#MINOR_ONLY_AT_VENUES},
 * {@link PairRule#HOME_VISIT_NEEDS_BACKGROUND_CHECK}).
 */
final class CandidatePool {

	private static final int W = WeekSlots.WORDS;

	private static final int CHUNK = 2048;

	final MatchingInput input;

	final PersonForMatching[] seniors;

	final PersonForMatching[] mentors;

	private final Map<PersonId, Integer> seniorIndex = new HashMap<>();

	private final Map<PersonId, Integer> mentorIndex = new HashMap<>();

	final Venue[] venues;

	private final long[] venueStarts;

	private final long[] venueSlots;

	private final int languageWords;

	private final long[] seniorLanguages;

	private final long[] mentorLanguages;

	private final int[] firstLanguage;

	private final List<LanguageCode> languages = new ArrayList<>();

	private final int[] seniorDevices;

	private final int[] mentorDevices;

	private final int topicWords;

	/** Per senior, five bitsets of wanted topics: priority 1 to 5. */
	private final long[] wanted;

	private final long[] offered;

	private final int[] wantedCount;

	private final long[] seniorSlots;

	private final long[] mentorSlots;

	private final long[] seniorStarts;

	private final long[] mentorStarts;

	private final int[][] seniorUsable;

	private final int[][] mentorUsable;

	private final int[][] seniorPreferred;

	private final int[][] mentorPreferred;

	private final int[][] seniorMunicipalities;

	private final int[][] mentorMunicipalities;

	private final boolean[] keptSenior;

	final int[] freeCapacity;

	/** Per mentor, {@link #eligible}: read for every pair the scan meets. */
	private final boolean[] eligibleMentor;

	private final int[] keptLoad;

	private final int[] requiredGender;

	private final int[] weeksWaited;

	private final Set<Long> neverPairs = new HashSet<>();

	private final Set<Long> rejected = new HashSet<>();

	private final Set<Long> previous = new HashSet<>();

	/** Per venue, the eligible mentors who name it among their preferred venues. */
	private final int[][] mentorsAtVenue;

	/**
	 * Per municipality, the eligible mentors who name no programme venue and so may use
	 * any venue of their town's municipality. Kept apart from {@link #mentorsAtVenue} so
	 * that a senior meets each of them once per municipality rather than once per venue:
	 * Stockholm has some 190 venues at national scale.
	 */
	private final int[][] roamingMentorsIn;

	/** Per municipality, whether it has any programme venue. */
	private final boolean[] hasVenues;

	private final int[][] homeMentorsIn;

	/**
	 * Every mentor, eligible or not, by where they could meet a senior: per venue those
	 * who name it, per municipality those who name no programme venue and those willing
	 * to visit homes. A mentor in none of a senior's lists can never meet the senior, so
	 * the reasons a senior has no pair look at these mentors one by one and count the
	 * others by language alone.
	 */
	private final int[][] everyMentorAtVenue;

	private final int[][] everyRoamingMentorIn;

	private final int[][] everyHomeMentorIn;

	/** The mentors' distinct sets of languages, {@link #languageWords} each. */
	private final long[] languageSets;

	/** How many mentors speak exactly each of {@link #languageSets}. */
	private final int[] languageSetSpeakers;

	private final int[] weight = new int[Criterion.values().length];

	CandidatePool(MatchingInput input) {
		this.input = input;
		this.seniors = input.people().stream().filter((p) -> !p.isMentor()).toArray(PersonForMatching[]::new);
		this.mentors = input.people().stream().filter(PersonForMatching::isMentor).toArray(PersonForMatching[]::new);
		for (int s = 0; s < this.seniors.length; s++) {
			this.seniorIndex.put(this.seniors[s].id(), s);
		}
		for (int m = 0; m < this.mentors.length; m++) {
			this.mentorIndex.put(this.mentors[m].id(), m);
		}
		for (Criterion criterion : Criterion.values()) {
			this.weight[criterion.ordinal()] = input.weights().of(criterion);
		}
		int length = WeekSlots.slotsFor(input.sessionMinutes());
		this.venues = input.venues().toArray(Venue[]::new);
		Map<String, Integer> municipalities = new HashMap<>();
		int[] venueMunicipality = new int[this.venues.length];
		this.venueStarts = new long[this.venues.length * W];
		this.venueSlots = new long[this.venues.length * W];
		Map<UUID, Integer> venueIndex = new HashMap<>();
		for (int v = 0; v < this.venues.length; v++) {
			Venue venue = this.venues[v];
			venueIndex.put(venue.id().value(), v);
			venueMunicipality[v] = (venue.address() != null)
					? municipalities.computeIfAbsent(key(venue.address().municipality()), (k) -> municipalities.size())
					: -1;
			WeekSlots.starts(venue.openingHours(), length, this.venueStarts, v * W);
			WeekSlots.slots(venue.openingHours(), this.venueSlots, v * W);
		}
		Map<VenueId, Venue> byId = new HashMap<>();
		for (Venue venue : this.venues) {
			byId.put(venue.id(), venue);
		}
		Map<String, Integer> languageBits = new HashMap<>();
		Map<TopicId, Integer> topicBits = new HashMap<>();
		for (PersonForMatching person : input.people()) {
			person.languages().forEach((language) -> languageBits.computeIfAbsent(language.code(), (k) -> {
				this.languages.add(language);
				return languageBits.size();
			}));
			person.topics().forEach((wish) -> topicBits.computeIfAbsent(wish.topic(), (k) -> topicBits.size()));
		}
		this.languageWords = Math.max(1, (languageBits.size() + 63) / 64);
		this.topicWords = Math.max(1, (topicBits.size() + 63) / 64);
		int seniorCount = this.seniors.length;
		int mentorCount = this.mentors.length;
		this.seniorLanguages = new long[seniorCount * this.languageWords];
		this.mentorLanguages = new long[mentorCount * this.languageWords];
		this.firstLanguage = new int[seniorCount];
		this.seniorDevices = new int[seniorCount];
		this.mentorDevices = new int[mentorCount];
		this.wanted = new long[seniorCount * 5 * this.topicWords];
		this.offered = new long[mentorCount * this.topicWords];
		this.wantedCount = new int[seniorCount];
		this.seniorSlots = new long[seniorCount * W];
		this.seniorStarts = new long[seniorCount * W];
		this.mentorSlots = new long[mentorCount * W];
		this.mentorStarts = new long[mentorCount * W];
		this.seniorUsable = new int[seniorCount][];
		this.seniorPreferred = new int[seniorCount][];
		this.seniorMunicipalities = new int[seniorCount][];
		this.mentorUsable = new int[mentorCount][];
		this.mentorPreferred = new int[mentorCount][];
		this.mentorMunicipalities = new int[mentorCount][];
		this.keptSenior = new boolean[seniorCount];
		this.requiredGender = new int[seniorCount];
		this.weeksWaited = new int[seniorCount];
		this.freeCapacity = new int[mentorCount];
		this.keptLoad = new int[mentorCount];
		this.eligibleMentor = new boolean[mentorCount];
		Map<Integer, List<Integer>> venuesOf = new HashMap<>();
		for (int v = 0; v < this.venues.length; v++) {
			if (venueMunicipality[v] >= 0) {
				venuesOf.computeIfAbsent(venueMunicipality[v], (k) -> new ArrayList<>()).add(v);
			}
		}
		Map<List<Integer>, int[]> usableIn = new HashMap<>();
		for (int s = 0; s < seniorCount; s++) {
			PersonForMatching senior = this.seniors[s];
			for (LanguageCode language : senior.languages()) {
				setBit(this.seniorLanguages, s * this.languageWords, languageBits.get(language.code()));
			}
			this.firstLanguage[s] = senior.languages().isEmpty() ? -1
					: languageBits.get(senior.languages().get(0).code());
			this.seniorDevices[s] = deviceBits(senior.devices());
			for (TopicWish wish : senior.topics()) {
				setBit(this.wanted, (s * 5 + wish.priority() - 1) * this.topicWords, topicBits.get(wish.topic()));
			}
			this.wantedCount[s] = senior.topics().size();
			WeekSlots.slots(senior.availability(), this.seniorSlots, s * W);
			WeekSlots.starts(senior.availability(), length, this.seniorStarts, s * W);
			this.seniorPreferred[s] = preferred(senior, venueIndex);
			this.seniorMunicipalities[s] = municipalitiesOf(senior, byId, municipalities);
			this.seniorUsable[s] = usable(this.seniorPreferred[s], this.seniorMunicipalities[s], venuesOf, usableIn);
			Gender preferredGender = senior.preferredMentorGender();
			this.requiredGender[s] = (preferredGender != null && input.requiredPreferences().contains(senior.id()))
					? preferredGender.ordinal() : -1;
			long days = Duration.between(senior.registeredAt(), input.today().atStartOfDay(ZoneOffset.UTC).toInstant())
				.toDays();
			this.weeksWaited[s] = (int) Math.max(0, Math.min(Criterion.MAX_WEEKS_WAITED, days / 7));
		}
		for (int m = 0; m < mentorCount; m++) {
			PersonForMatching mentor = this.mentors[m];
			for (LanguageCode language : mentor.languages()) {
				setBit(this.mentorLanguages, m * this.languageWords, languageBits.get(language.code()));
			}
			this.mentorDevices[m] = deviceBits(mentor.devices());
			for (TopicWish wish : mentor.topics()) {
				setBit(this.offered, m * this.topicWords, topicBits.get(wish.topic()));
			}
			WeekSlots.slots(mentor.availability(), this.mentorSlots, m * W);
			WeekSlots.starts(mentor.availability(), length, this.mentorStarts, m * W);
			this.mentorPreferred[m] = preferred(mentor, venueIndex);
			this.mentorMunicipalities[m] = municipalitiesOf(mentor, byId, municipalities);
			this.mentorUsable[m] = usable(this.mentorPreferred[m], this.mentorMunicipalities[m], venuesOf, usableIn);
		}
		Set<PersonId> keptSeniors = new HashSet<>();
		for (PairOfPeople pair : input.request().kept()) {
			Integer s = this.seniorIndex.get(pair.senior());
			if (s != null) {
				this.keptSenior[s] = true;
			}
			Integer m = this.mentorIndex.get(pair.mentor());
			if (m != null && keptSeniors.add(pair.senior())) {
				this.keptLoad[m]++;
			}
		}
		for (int m = 0; m < mentorCount; m++) {
			int capacity = this.mentors[m].capacity()
					+ input.request().extraPlaces().getOrDefault(this.mentors[m].id(), 0);
			this.freeCapacity[m] = Math.max(0, capacity - this.keptLoad[m]);
		}
		addPairs(input.neverPairs(), this.neverPairs);
		addPairs(input.request().rejected(), this.rejected);
		addPairs(input.request().previous(), this.previous);
		List<List<Integer>> atVenue = new ArrayList<>();
		for (int v = 0; v < this.venues.length; v++) {
			atVenue.add(new ArrayList<>());
		}
		List<List<Integer>> home = new ArrayList<>();
		List<List<Integer>> roaming = new ArrayList<>();
		List<List<Integer>> everyAtVenue = new ArrayList<>();
		List<List<Integer>> everyHome = new ArrayList<>();
		List<List<Integer>> everyRoaming = new ArrayList<>();
		for (int v = 0; v < this.venues.length; v++) {
			everyAtVenue.add(new ArrayList<>());
		}
		for (int i = 0; i < municipalities.size(); i++) {
			home.add(new ArrayList<>());
			roaming.add(new ArrayList<>());
			everyHome.add(new ArrayList<>());
			everyRoaming.add(new ArrayList<>());
		}
		Map<List<Long>, Integer> languageSets = new HashMap<>();
		for (int m = 0; m < mentorCount; m++) {
			languageSets.merge(Arrays.stream(this.mentorLanguages, m * this.languageWords, (m + 1) * this.languageWords)
				.boxed()
				.toList(), 1, Integer::sum);
			boolean eligible = eligible(m);
			this.eligibleMentor[m] = eligible;
			if (this.mentorPreferred[m].length > 0) {
				for (int v : this.mentorUsable[m]) {
					everyAtVenue.get(v).add(m);
					if (eligible) {
						atVenue.get(v).add(m);
					}
				}
			}
			else {
				for (int municipality : this.mentorMunicipalities[m]) {
					everyRoaming.get(municipality).add(m);
					if (eligible) {
						roaming.get(municipality).add(m);
					}
				}
			}
			if (this.mentors[m].homeVisits()) {
				for (int municipality : this.mentorMunicipalities[m]) {
					everyHome.get(municipality).add(m);
					if (eligible && this.mentors[m].homeVisitsPermitted()) {
						home.get(municipality).add(m);
					}
				}
			}
		}
		this.mentorsAtVenue = atVenue.stream().map(CandidatePool::toArray).toArray(int[][]::new);
		this.homeMentorsIn = home.stream().map(CandidatePool::toArray).toArray(int[][]::new);
		this.roamingMentorsIn = roaming.stream().map(CandidatePool::toArray).toArray(int[][]::new);
		this.everyMentorAtVenue = everyAtVenue.stream().map(CandidatePool::toArray).toArray(int[][]::new);
		this.everyHomeMentorIn = everyHome.stream().map(CandidatePool::toArray).toArray(int[][]::new);
		this.everyRoamingMentorIn = everyRoaming.stream().map(CandidatePool::toArray).toArray(int[][]::new);
		this.languageSets = new long[languageSets.size() * this.languageWords];
		this.languageSetSpeakers = new int[languageSets.size()];
		int set = 0;
		for (Map.Entry<List<Long>, Integer> entry : languageSets.entrySet()) {
			for (int i = 0; i < this.languageWords; i++) {
				this.languageSets[set * this.languageWords + i] = entry.getKey().get(i);
			}
			this.languageSetSpeakers[set++] = entry.getValue();
		}
		this.hasVenues = new boolean[municipalities.size()];
		venuesOf.keySet().forEach((municipality) -> this.hasVenues[municipality] = true);
	}

	/**
	 * A mentor who could take a new senior at all: consents in place and a free place.
	 */
	private boolean eligible(int m) {
		PersonForMatching mentor = this.mentors[m];
		return mentor.participationConsent() && (!mentor.possiblyMinor() || mentor.guardianConsent())
				&& this.freeCapacity[m] > 0;
	}

	int seniorIndex(PersonId id) {
		return this.seniorIndex.getOrDefault(id, -1);
	}

	int mentorIndex(PersonId id) {
		return this.mentorIndex.getOrDefault(id, -1);
	}

	boolean kept(int s) {
		return this.keptSenior[s];
	}

	/** The load penalties of a mentor's free places, counting the pairs kept before. */
	LoadPenalties penalties(int m) {
		int[] costs = new int[this.freeCapacity[m]];
		for (int k = 0; k < costs.length; k++) {
			costs[k] = this.input.weights().penalty(this.keptLoad[m] + k + 1);
		}
		return LoadPenalties.of(costs);
	}

	/**
	 * Every allowed pair of a senior to be matched ({@code problemSenior} numbers them in
	 * the problem, -1 for kept seniors), found through the venue and municipality indexes
	 * in parallel parts, with its score.
	 */
	Candidates candidates(int[] problemSenior) {
		int parts = (this.seniors.length + CHUNK - 1) / CHUNK;
		int[][][] found = new int[parts][][];
		IntStream.range(0, parts).parallel().forEach((part) -> found[part] = candidates(part, problemSenior));
		int total = 0;
		for (int[][] part : found) {
			total += part[0].length;
		}
		int[] seniorsOut = new int[total];
		int[] mentorsOut = new int[total];
		int[] scoresOut = new int[total];
		int at = 0;
		for (int[][] part : found) {
			int size = part[0].length;
			System.arraycopy(part[0], 0, seniorsOut, at, size);
			System.arraycopy(part[1], 0, mentorsOut, at, size);
			System.arraycopy(part[2], 0, scoresOut, at, size);
			at += size;
		}
		return Candidates.of(seniorsOut, mentorsOut, scoresOut);
	}

	private int[][] candidates(int part, int[] problemSenior) {
		Scan scan = new Scan();
		for (int s = part * CHUNK; s < Math.min(this.seniors.length, (part + 1) * CHUNK); s++) {
			if (problemSenior[s] < 0 || !this.seniors[s].participationConsent()) {
				continue;
			}
			scan.senior(s, problemSenior[s]);
			// A mentor who could meet the senior at a venue either names one of the
			// senior's usable venues, or names none and lives in a municipality of one
			// of them: the senior's municipalities hold all of those.
			for (int v : this.seniorUsable[s]) {
				scan.meet(this.mentorsAtVenue[v]);
			}
			if (this.seniorUsable[s].length > 0) {
				for (int municipality : this.seniorMunicipalities[s]) {
					if (this.hasVenues[municipality]) {
						scan.meet(this.roamingMentorsIn[municipality]);
					}
				}
			}
			if (this.seniors[s].homeVisits()) {
				for (int municipality : this.seniorMunicipalities[s]) {
					scan.meet(this.homeMentorsIn[municipality]);
				}
			}
		}
		return new int[][] { scan.seniorsOut.toArray(), scan.mentorsOut.toArray(), scan.scoresOut.toArray() };
	}

	/**
	 * One part's walk over its seniors: each mentor is checked once per senior however
	 * many indexes list them, and every allowed pair is kept with its score.
	 */
	private final class Scan {

		private final int[] stamp = new int[CandidatePool.this.mentors.length];

		private final int[] points = new int[CandidatePool.this.weight.length];

		final IntList seniorsOut = new IntList();

		final IntList mentorsOut = new IntList();

		final IntList scoresOut = new IntList();

		private int senior;

		private int problemSenior;

		void senior(int s, int inProblem) {
			this.senior = s;
			this.problemSenior = inProblem;
		}

		void meet(int[] mentors) {
			int mark = this.senior + 1;
			for (int m : mentors) {
				if (this.stamp[m] != mark) {
					this.stamp[m] = mark;
					if (allowed(this.senior, m)) {
						this.seniorsOut.add(this.problemSenior);
						this.mentorsOut.add(m);
						this.scoresOut.add(score(this.senior, m, this.points));
					}
				}
			}
		}

	}

	/** Whether the pair breaks no hard rule; the cheap checks first. */
	boolean allowed(int s, int m) {
		PersonForMatching mentor = this.mentors[m];
		if (this.keptSenior[s] || !this.seniors[s].participationConsent() || !this.eligibleMentor[m]) {
			return false;
		}
		if (this.requiredGender[s] >= 0 && mentor.gender().ordinal() != this.requiredGender[s]) {
			return false;
		}
		if (!shareLanguage(s, m)) {
			return false;
		}
		if (!this.neverPairs.isEmpty() && this.neverPairs.contains(key(s, m))) {
			return false;
		}
		if (!this.rejected.isEmpty() && this.rejected.contains(key(s, m))) {
			return false;
		}
		return meetingVenue(s, m) >= 0 || (homeTime(s, m) && mentor.homeVisitsPermitted());
	}

	/** Every hard rule the pair breaks, each checked on its own. */
	Set<PairRule> broken(int s, int m) {
		Set<PairRule> broken = java.util.EnumSet.noneOf(PairRule.class);
		PersonForMatching senior = this.seniors[s];
		PersonForMatching mentor = this.mentors[m];
		if (this.keptSenior[s]) {
			broken.add(PairRule.SENIOR_NOT_ALREADY_PAIRED);
		}
		if (!senior.participationConsent()) {
			broken.add(PairRule.SENIOR_CONSENT);
		}
		if (!mentor.participationConsent()) {
			broken.add(PairRule.MENTOR_CONSENT);
		}
		if (mentor.possiblyMinor() && !mentor.guardianConsent()) {
			broken.add(PairRule.GUARDIAN_CONSENT);
		}
		if (!shareLanguage(s, m)) {
			broken.add(PairRule.SHARED_LANGUAGE);
		}
		if (meetingVenue(s, m) < 0) {
			if (!homeTime(s, m)) {
				broken.add(PairRule.MEETING_TIME_AND_PLACE);
			}
			else if (mentor.possiblyMinor()) {
				broken.add(PairRule.MINOR_ONLY_AT_VENUES);
			}
			else if (!mentor.backgroundCheckValid()) {
				broken.add(PairRule.HOME_VISIT_NEEDS_BACKGROUND_CHECK);
			}
		}
		if (this.neverPairs.contains(key(s, m))) {
			broken.add(PairRule.NEVER_PAIR);
		}
		if (this.rejected.contains(key(s, m))) {
			broken.add(PairRule.REJECTED_BEFORE);
		}
		if (this.freeCapacity[m] <= 0) {
			broken.add(PairRule.MENTOR_CAPACITY);
		}
		if (this.requiredGender[s] >= 0 && mentor.gender().ordinal() != this.requiredGender[s]) {
			broken.add(PairRule.REQUIRED_MENTOR_GENDER);
		}
		return broken;
	}

	private boolean shareLanguage(int s, int m) {
		for (int i = 0; i < this.languageWords; i++) {
			if ((this.seniorLanguages[s * this.languageWords + i]
					& this.mentorLanguages[m * this.languageWords + i]) != 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first venue (in the programme's order) both may use where they can meet for a
	 * session, or -1.
	 */
	int meetingVenue(int s, int m) {
		int[] a = this.seniorUsable[s];
		int[] b = this.mentorUsable[m];
		// No venue helps two people who are never free together for a session's length;
		// most pairs end here, before the walk over two towns' worth of venues.
		if (a.length == 0 || b.length == 0 || !WeekSlots.meet(this.seniorStarts, s * W, this.mentorStarts, m * W)) {
			return -1;
		}
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				if (WeekSlots.meet(this.seniorStarts, s * W, this.mentorStarts, m * W, this.venueStarts, a[i] * W)) {
					return a[i];
				}
				i++;
				j++;
			}
		}
		return -1;
	}

	/**
	 * Whether a home visit would fit, safeguarding aside: the senior wants one, the
	 * mentor is willing, they share a municipality and a session's length of time.
	 */
	boolean homeTime(int s, int m) {
		return this.seniors[s].homeVisits() && this.mentors[m].homeVisits()
				&& intersect(this.seniorMunicipalities[s], this.mentorMunicipalities[m])
				&& WeekSlots.meet(this.seniorStarts, s * W, this.mentorStarts, m * W);
	}

	/** The pair's score; {@code points} is scratch space, one per criterion. */
	int score(int s, int m, int[] points) {
		points(s, m, points);
		int score = 0;
		for (int c = 0; c < points.length; c++) {
			score += this.weight[c] * points[c];
		}
		return score;
	}

	/** Each criterion's points for the pair, before weights. */
	void points(int s, int m, int[] points) {
		int topics = 0;
		for (int priority = 1; priority <= 5; priority++) {
			int base = (s * 5 + priority - 1) * this.topicWords;
			for (int i = 0; i < this.topicWords; i++) {
				topics += (6 - priority) * Long.bitCount(this.wanted[base + i] & this.offered[m * this.topicWords + i]);
			}
		}
		points[Criterion.TOPICS.ordinal()] = topics;
		points[Criterion.DEVICES.ordinal()] = Integer.bitCount(this.seniorDevices[s] & this.mentorDevices[m]);
		points[Criterion.AVAILABILITY.ordinal()] = Math.min(Criterion.MAX_SHARED_HOURS,
				WeekSlots.shared(this.seniorSlots, s * W, this.mentorSlots, m * W) / 4);
		points[Criterion.SAME_VENUE.ordinal()] = intersect(this.seniorPreferred[s], this.mentorPreferred[m]) ? 1 : 0;
		int first = this.firstLanguage[s];
		points[Criterion.FIRST_LANGUAGE.ordinal()] = (first >= 0
				&& (this.mentorLanguages[m * this.languageWords + (first >>> 6)] & (1L << (first & 63))) != 0) ? 1 : 0;
		points[Criterion.CONTINUITY.ordinal()] = this.previous.contains(key(s, m)) ? 1 : 0;
		points[Criterion.WAITING.ordinal()] = this.weeksWaited[s];
	}

	/**
	 * The pair's score criterion by criterion, in words; the lines' points add up to the
	 * score. Every criterion that earns points has a line, and the meeting time and place
	 * always has one.
	 */
	List<ExplanationLine> explain(int s, int m) {
		int[] points = new int[this.weight.length];
		points(s, m, points);
		List<ExplanationLine> lines = new ArrayList<>();
		for (Criterion criterion : Criterion.values()) {
			int earned = this.weight[criterion.ordinal()] * points[criterion.ordinal()];
			if (earned == 0 && criterion != Criterion.AVAILABILITY) {
				continue;
			}
			lines.add(new ExplanationLine(criterion, earned, phrase(criterion, s, m, points[criterion.ordinal()])));
		}
		return lines;
	}

	private Phrase phrase(Criterion criterion, int s, int m, int points) {
		PersonForMatching senior = this.seniors[s];
		PersonForMatching mentor = this.mentors[m];
		return switch (criterion) {
			case TOPICS -> {
				int covered = 0;
				for (TopicWish wish : senior.topics()) {
					if (mentor.topics().stream().anyMatch((offer) -> offer.topic().equals(wish.topic()))) {
						covered++;
					}
				}
				yield Phrase.of("matching.explanation.TOPICS", covered, this.wantedCount[s]);
			}
			case DEVICES -> {
				List<Object> known = new ArrayList<>();
				for (Device device : new TreeSet<>(senior.devices())) {
					if (mentor.devices().contains(device)) {
						known.add(Phrase.of("people.device." + device.name()));
					}
				}
				yield Phrase.of("matching.explanation.DEVICES", known);
			}
			case AVAILABILITY -> meeting(s, m, points);
			case SAME_VENUE -> {
				int shared = firstShared(this.seniorPreferred[s], this.mentorPreferred[m]);
				yield Phrase.of("matching.explanation.SAME_VENUE", this.venues[shared].name());
			}
			case FIRST_LANGUAGE ->
				Phrase.of("matching.explanation.FIRST_LANGUAGE", languagePhrase(senior.languages().get(0)));
			case CONTINUITY -> Phrase.of("matching.explanation.CONTINUITY");
			case WAITING -> Phrase.of("matching.explanation.WAITING", points);
		};
	}

	/**
	 * When and where they can first meet in the week: the first stretch of a session's
	 * length at a venue, else at the senior's home, with the hours they share in all.
	 */
	private Phrase meeting(int s, int m, int hours) {
		int length = WeekSlots.slotsFor(this.input.sessionMinutes());
		int venue = meetingVenue(s, m);
		long[] both = new long[W];
		for (int i = 0; i < W; i++) {
			both[i] = this.seniorSlots[s * W + i] & this.mentorSlots[m * W + i];
			if (venue >= 0) {
				both[i] &= this.venueSlots[venue * W + i];
			}
		}
		for (int slot = 0; slot < 7 * WeekSlots.SLOTS_PER_DAY; slot++) {
			if (!WeekSlots.has(both, 0, slot)) {
				continue;
			}
			int end = slot;
			while (end < 7 * WeekSlots.SLOTS_PER_DAY && WeekSlots.has(both, 0, end)
					&& end / WeekSlots.SLOTS_PER_DAY == slot / WeekSlots.SLOTS_PER_DAY) {
				end++;
			}
			if (end - slot >= length) {
				int day = slot / WeekSlots.SLOTS_PER_DAY;
				Phrase weekday = Phrase.of("people.day." + DayOfWeek.of(day + 1).name());
				String from = WeekSlots.clock(slot % WeekSlots.SLOTS_PER_DAY);
				String to = WeekSlots.clock(end - day * WeekSlots.SLOTS_PER_DAY);
				return (venue >= 0)
						? Phrase.of("matching.explanation.AVAILABILITY.venue", weekday, from, to,
								this.venues[venue].name(), hours)
						: Phrase.of("matching.explanation.AVAILABILITY.home", weekday, from, to, hours);
			}
			slot = end - 1;
		}
		return Phrase.of("matching.explanation.AVAILABILITY.shared", hours);
	}

	/**
	 * Why senior {@code s} has no allowed pair: the senior's own gaps, then how far the
	 * closest mentors got through the rules, in the order a coordinator would go about
	 * finding a mentor: language, time and place, home-visit safeguarding, the mentor's
	 * consents, a required gender, the coordinator's exclusions, and last a free place.
	 */
	List<UnmatchedReason> unmatchedReasons(int s, boolean hasCandidates) {
		PersonForMatching senior = this.seniors[s];
		List<UnmatchedReason> reasons = new ArrayList<>();
		if (this.keptSenior[s]) {
			return reasons;
		}
		if (!senior.participationConsent()) {
			reasons.add(reason(UnmatchedReason.Code.NO_PARTICIPATION_CONSENT));
		}
		boolean noTime = senior.availability().isEmpty();
		if (noTime) {
			reasons.add(reason(UnmatchedReason.Code.NO_AVAILABILITY));
		}
		boolean noPlace = this.seniorUsable[s].length == 0
				&& !(senior.homeVisits() && this.seniorMunicipalities[s].length > 0);
		if (noPlace) {
			reasons.add(reason(UnmatchedReason.Code.NO_PLACE_TO_MEET));
		}
		if (this.mentors.length == 0) {
			reasons.add(reason(UnmatchedReason.Code.NO_MENTORS));
			return reasons;
		}
		if (hasCandidates) {
			reasons.add(reason(UnmatchedReason.Code.MENTORS_TAKEN_BY_OTHERS));
			return reasons;
		}
		int[] mentorsAtStage = mentorsAtStage(s);
		int furthest = mentorsAtStage.length - 1;
		while (mentorsAtStage[furthest] == 0) {
			furthest--;
		}
		int reached = mentorsAtStage[furthest];
		List<Object> languageNames = senior.languages()
			.stream()
			.map(CandidatePool::languagePhrase)
			.map(Object.class::cast)
			.toList();
		switch (furthest) {
			case 0 -> reasons.add(reason(UnmatchedReason.Code.NO_MENTOR_SPEAKS_LANGUAGE, languageNames));
			case 1 -> {
				if (!noTime && !noPlace) {
					reasons.add(reason(UnmatchedReason.Code.NO_COMMON_TIME_AND_PLACE, languageNames, reached));
				}
			}
			case 2 -> reasons.add(reason(UnmatchedReason.Code.HOME_VISIT_NOT_PERMITTED, reached));
			case 3 -> reasons.add(reason(UnmatchedReason.Code.MENTORS_WITHOUT_CONSENT, reached));
			case 4 -> reasons.add(reason(UnmatchedReason.Code.REQUIRED_GENDER_UNAVAILABLE,
					Phrase.of("people.gender." + Gender.values()[this.requiredGender[s]].name())));
			case 5 -> reasons.add(reason(UnmatchedReason.Code.EXCLUDED_BY_COORDINATOR, reached));
			case 6 -> reasons.add(reason(UnmatchedReason.Code.MENTORS_FULL, reached));
			default -> {
				// Every mentor-side rule holds for some mentor: the senior's own gaps
				// above are the whole story.
			}
		}
		return reasons;
	}

	/**
	 * How many of all the mentors get how far through the rules with senior {@code s}, by
	 * {@link #stage}. Only the mentors who could reach one of the senior's places are
	 * checked one by one: any other mentor can meet the senior neither at a venue nor at
	 * home, so stops at the language (stage 0) or else at the time and place (stage 1),
	 * and those are counted from the mentors' sets of languages. A national run asks this
	 * for thousands of seniors; checking all 25,000 mentors for each took seconds.
	 */
	int[] mentorsAtStage(int s) {
		int[] count = new int[8];
		BitSet seen = new BitSet(this.mentors.length);
		int near = 0;
		int nearSpeakers = 0;
		List<int[]> lists = new ArrayList<>();
		for (int v : this.seniorUsable[s]) {
			lists.add(this.everyMentorAtVenue[v]);
		}
		for (int municipality : this.seniorMunicipalities[s]) {
			lists.add(this.everyRoamingMentorIn[municipality]);
			lists.add(this.everyHomeMentorIn[municipality]);
		}
		for (int[] list : lists) {
			for (int m : list) {
				if (!seen.get(m)) {
					seen.set(m);
					near++;
					nearSpeakers += shareLanguage(s, m) ? 1 : 0;
					count[stage(broken(s, m))]++;
				}
			}
		}
		int farSpeakers = speakers(s) - nearSpeakers;
		count[1] += farSpeakers;
		count[0] += this.mentors.length - near - farSpeakers;
		return count;
	}

	/** How many mentors share a language with senior {@code s}. */
	private int speakers(int s) {
		int speakers = 0;
		for (int set = 0; set < this.languageSetSpeakers.length; set++) {
			for (int i = 0; i < this.languageWords; i++) {
				if ((this.seniorLanguages[s * this.languageWords + i]
						& this.languageSets[set * this.languageWords + i]) != 0) {
					speakers += this.languageSetSpeakers[set];
					break;
				}
			}
		}
		return speakers;
	}

	/** How far a mentor gets through the rules in the order of the unmatched reasons. */
	static int stage(Set<PairRule> broken) {
		if (broken.contains(PairRule.SHARED_LANGUAGE)) {
			return 0;
		}
		if (broken.contains(PairRule.MEETING_TIME_AND_PLACE)) {
			return 1;
		}
		if (broken.contains(PairRule.MINOR_ONLY_AT_VENUES)
				|| broken.contains(PairRule.HOME_VISIT_NEEDS_BACKGROUND_CHECK)) {
			return 2;
		}
		if (broken.contains(PairRule.MENTOR_CONSENT) || broken.contains(PairRule.GUARDIAN_CONSENT)) {
			return 3;
		}
		if (broken.contains(PairRule.REQUIRED_MENTOR_GENDER)) {
			return 4;
		}
		if (broken.contains(PairRule.NEVER_PAIR) || broken.contains(PairRule.REJECTED_BEFORE)) {
			return 5;
		}
		if (broken.contains(PairRule.MENTOR_CAPACITY)) {
			return 6;
		}
		return 7;
	}

	private static UnmatchedReason reason(UnmatchedReason.Code code, Object... arguments) {
		return new UnmatchedReason(code, Phrase.of("matching.unmatched." + code.name(), arguments));
	}

	static Phrase languagePhrase(LanguageCode language) {
		return LanguageCode.COMMON.contains(language.code()) ? Phrase.of("people.language." + language.code())
				: Phrase.of("matching.language.other", language.code());
	}

	private long key(int s, int m) {
		return ((long) s << 32) | m;
	}

	private void addPairs(Set<PairOfPeople> pairs, Set<Long> into) {
		for (PairOfPeople pair : pairs) {
			int s = seniorIndex(pair.senior());
			int m = mentorIndex(pair.mentor());
			if (s >= 0 && m >= 0) {
				into.add(key(s, m));
			}
		}
	}

	private static int[] preferred(PersonForMatching person, Map<UUID, Integer> venueIndex) {
		return person.venues()
			.stream()
			.map((venue) -> venueIndex.get(venue.value()))
			.filter(java.util.Objects::nonNull)
			.mapToInt(Integer::intValue)
			.sorted()
			.toArray();
	}

	/**
	 * The municipalities a person may meet in, by key: those of the programme venues the
	 * person prefers, else that of the person's postal town. The one statement of this
	 * rule, for the whole programme here and for a newcomer's few people in
	 * {@link CandidateFinder}.
	 */
	static Set<String> municipalityKeys(PersonForMatching person, Map<VenueId, Venue> programmeVenues) {
		Set<String> found = new HashSet<>();
		for (VenueId id : person.venues()) {
			Venue venue = programmeVenues.get(id);
			if (venue != null && venue.address() != null) {
				found.add(key(venue.address().municipality()));
			}
		}
		if (found.isEmpty() && person.city() != null) {
			found.add(key(person.city()));
		}
		return found;
	}

	private static int[] municipalitiesOf(PersonForMatching person, Map<VenueId, Venue> programmeVenues,
			Map<String, Integer> municipalities) {
		TreeSet<Integer> found = new TreeSet<>();
		for (String municipality : municipalityKeys(person, programmeVenues)) {
			Integer known = municipalities.get(municipality);
			if (known != null) {
				found.add(known);
			}
		}
		return found.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The venues a person may use: those preferred, else every venue of the person's
	 * municipalities. People of the same municipalities share one array, which nobody
	 * changes: Stockholm has some 190 venues and thousands of people who name none.
	 */
	private static int[] usable(int[] preferred, int[] municipalities, Map<Integer, List<Integer>> venuesOf,
			Map<List<Integer>, int[]> usableIn) {
		if (preferred.length > 0) {
			return preferred;
		}
		return usableIn.computeIfAbsent(Arrays.stream(municipalities).boxed().toList(), (key) -> {
			TreeSet<Integer> usable = new TreeSet<>();
			for (int municipality : municipalities) {
				usable.addAll(venuesOf.getOrDefault(municipality, List.of()));
			}
			return usable.stream().mapToInt(Integer::intValue).toArray();
		});
	}

	private static boolean intersect(int[] a, int[] b) {
		return firstShared(a, b) >= 0;
	}

	private static int firstShared(int[] a, int[] b) {
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				return a[i];
			}
		}
		return -1;
	}

	static String key(String municipality) {
		return municipality.strip().toLowerCase(Locale.ROOT);
	}

	private static int deviceBits(Set<Device> devices) {
		int bits = 0;
		for (Device device : devices) {
			bits |= 1 << device.ordinal();
		}
		return bits;
	}

	private static void setBit(long[] bits, int offset, int bit) {
		bits[offset + (bit >>> 6)] |= 1L << (bit & 63);
	}

	private static int[] toArray(List<Integer> list) {
		return list.stream().mapToInt(Integer::intValue).toArray();
	}

	/** A growing array of ints, so that parts hold no boxed numbers. */
	private static final class IntList {

		private int[] values = new int[64];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
