package org.tandem.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.tandem.matching.Pair;
import org.tandem.matching.PairId;
import org.tandem.matching.PairStatus;
import org.tandem.matching.Pairs;
import org.tandem.people.People;
import org.tandem.people.PersonForMatching;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programme;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.SessionRepository.Busy;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.Room;
import org.tandem.venues.RoomId;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * Proposes the next times a pair can meet: the programme's usual session length, on a
 * quarter hour, within both people's weekly availability, from a given day (never in the
 * past) to the end of the term, with neither of them taken by another session. At a venue
 * it must also lie within the venue's opening hours, in a free room that holds two; the
 * venues tried are those both people prefer, else those either prefers, else all the
 * programme's venues, and the smallest free room that fits is chosen. At most one time is
 * proposed per day, the earliest that fits, so that the choice spreads over several days;
 * every time proposed passes the same {@link PlanningRules} a plan is checked by.
 */
@Service
public class TimeProposals {

	/** The most times one request proposes. */
	public static final int MAX_COUNT = 20;

	static final int STEP_MINUTES = 15;

	private static final int MAX_DAYS = 366;

	/** How many days of bookings are read at a time. */
	static final int WINDOW_DAYS = 28;

	private final Pairs pairs;

	private final People people;

	private final Programmes programmes;

	private final Venues venues;

	private final SessionRepository sessions;

	private final Sessions planning;

	private final Clock clock;

	TimeProposals(Pairs pairs, People people, Programmes programmes, Venues venues, SessionRepository sessions,
			Sessions planning, Clock clock) {
		this.pairs = pairs;
		this.people = people;
		this.programmes = programmes;
		this.venues = venues;
		this.sessions = sessions;
		this.planning = planning;
		this.clock = clock;
	}

	/**
	 * The next times that fit an approved pair.
	 * @param from the first day to look at
	 * @param count how many times, 1–{@value #MAX_COUNT}
	 * @param place at a venue, at the senior's home (if both may take part in home
	 * visits) or online
	 * @return up to {@code count} times in order, fewer if the term has no more
	 * @throws org.tandem.matching.PairNotFound if the organisation has no such pair
	 * @throws SessionRefused if the pair is not approved, either person is no longer
	 * active in the programme, or a home visit is not allowed for them
	 */
	public List<ProposedTime> next(PairId pairId, LocalDate from, int count, Place place) {
		if (count < 1 || count > MAX_COUNT) {
			throw new SessionRefused("count", "ProposalCountRange", 1, MAX_COUNT);
		}
		Pair pair = this.pairs.get(pairId);
		if (pair.status() != PairStatus.APPROVED) {
			throw new SessionRefused("pairId", "PairNotApproved");
		}
		Programme programme = this.programmes.get(pair.programme());
		Map<PersonId, PersonForMatching> both = this.people
			.forMatching(programme.id(), List.of(pair.senior(), pair.mentor()))
			.stream()
			.collect(Collectors.toMap(PersonForMatching::id, Function.identity()));
		PersonForMatching senior = both.get(pair.senior());
		PersonForMatching mentor = both.get(pair.mentor());
		if (senior == null || mentor == null) {
			throw new SessionRefused("pairId", "PairNotActive");
		}
		if (place == Place.HOME && !(senior.homeVisitsPermitted() && mentor.homeVisitsPermitted())) {
			throw new SessionRefused("place", "HomeVisitNotAllowed");
		}
		ZoneId zone = this.planning.timeZone();
		Instant now = this.clock.instant();
		LocalDate first = latest(from, programme.term().start(), now.atZone(zone).toLocalDate());
		LocalDate last = programme.term().end();
		if (last.isAfter(first.plusDays(MAX_DAYS))) {
			last = first.plusDays(MAX_DAYS);
		}
		if (first.isAfter(last)) {
			return List.of();
		}
		List<Venue> venues = (place == Place.VENUE) ? candidateVenues(programme, senior, mentor) : List.of();
		List<RoomId> rooms = venues.stream().flatMap((venue) -> venue.rooms().stream()).map(Room::id).toList();
		List<PersonId> pairPeople = List.of(senior.id(), mentor.id());
		int minutes = programme.sessionMinutes();
		List<ProposedTime> proposed = new ArrayList<>();
		// Bookings are read a window at a time, as far as the search gets: the next few
		// times usually lie in the first weeks, and a year of a busy room's bookings
		// need not be read for them.
		for (LocalDate windowStart = first; !windowStart.isAfter(last)
				&& proposed.size() < count; windowStart = windowStart.plusDays(WINDOW_DAYS)) {
			LocalDate windowEnd = windowStart.plusDays(WINDOW_DAYS - 1).isAfter(last) ? last
					: windowStart.plusDays(WINDOW_DAYS - 1);
			List<Busy> busy = this.sessions.busy(pairPeople, rooms,
					Schedule.at(windowStart, LocalTime.MIDNIGHT, zone).toInstant(),
					Schedule.at(windowEnd.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant());
			for (LocalDate day = windowStart; !day.isAfter(windowEnd)
					&& proposed.size() < count; day = day.plusDays(1)) {
				ProposedTime time = firstFit(day, zone, minutes, now,
						shared(senior.availability(), mentor.availability(), day.getDayOfWeek()), place, venues, busy,
						senior.id(), mentor.id());
				if (time != null) {
					proposed.add(time);
				}
			}
		}
		return proposed;
	}

	private @Nullable ProposedTime firstFit(LocalDate day, ZoneId zone, int minutes, Instant now, List<int[]> together,
			Place place, List<Venue> venues, List<Busy> busy, PersonId senior, PersonId mentor) {
		for (int start : candidateStarts(together, minutes)) {
			LocalTime from = LocalTime.ofSecondOfDay(start * 60L);
			LocalTime to = LocalTime.ofSecondOfDay((start + minutes) * 60L % (24 * 3600));
			if (start + minutes >= 24 * 60) {
				continue;
			}
			Slot slot = new Slot(Schedule.at(day, from, zone).toInstant(), Schedule.at(day, to, zone).toInstant(),
					zone);
			if (!slot.start().isAfter(now) || !slot.end().isAfter(slot.start()) || taken(busy, slot, senior)
					|| taken(busy, slot, mentor)) {
				continue;
			}
			if (place != Place.VENUE) {
				return new ProposedTime(day, from, to, place, null, null, null, null);
			}
			for (Venue venue : venues) {
				if (!PlanningRules.withinOpeningHours(venue.openingHours(), slot)) {
					continue;
				}
				for (Room room : venue.rooms()) {
					if (room.capacity() >= 2 && busy.stream()
						.noneMatch((b) -> b.person() == null && room.id().equals(b.room())
								&& b.overlaps(slot.start(), slot.end()))) {
						return new ProposedTime(day, from, to, Place.VENUE, venue.id(), room.id(), venue.name(),
								room.name());
					}
				}
			}
		}
		return null;
	}

	/** Every quarter-hour start within the stretches that leaves room for the session. */
	private static List<Integer> candidateStarts(List<int[]> stretches, int minutes) {
		List<Integer> starts = new ArrayList<>();
		for (int[] stretch : stretches) {
			int first = ((stretch[0] + STEP_MINUTES - 1) / STEP_MINUTES) * STEP_MINUTES;
			for (int start = first; start + minutes <= stretch[1]; start += STEP_MINUTES) {
				starts.add(start);
			}
		}
		return starts.stream().distinct().sorted().toList();
	}

	/** The stretches of a weekday both schedules share, as minutes of the day. */
	static List<int[]> shared(WeeklyTimes one, WeeklyTimes other, DayOfWeek day) {
		List<int[]> shared = new ArrayList<>();
		for (TimeWindow mine : one.windows()) {
			for (TimeWindow theirs : other.windows()) {
				if (mine.day() == day && theirs.day() == day) {
					int from = Math.max(minutes(mine.start()), minutes(theirs.start()));
					int to = Math.min(minutes(mine.end()), minutes(theirs.end()));
					if (to > from) {
						shared.add(new int[] { from, to });
					}
				}
			}
		}
		return shared;
	}

	private static int minutes(LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	private static boolean taken(List<Busy> busy, Slot slot, PersonId person) {
		return busy.stream().anyMatch((b) -> person.equals(b.person()) && b.overlaps(slot.start(), slot.end()));
	}

	private List<Venue> candidateVenues(Programme programme, PersonForMatching senior, PersonForMatching mentor) {
		List<Venue> all = this.venues.inProgramme(programme.id());
		List<Venue> shared = all.stream()
			.filter((v) -> senior.venues().contains(v.id()) && mentor.venues().contains(v.id()))
			.toList();
		if (!shared.isEmpty()) {
			return withRoomsBySize(shared);
		}
		Set<VenueId> either = new java.util.HashSet<>(senior.venues());
		either.addAll(mentor.venues());
		List<Venue> preferred = all.stream().filter((v) -> either.contains(v.id())).toList();
		return withRoomsBySize(preferred.isEmpty() ? all : preferred);
	}

	private static List<Venue> withRoomsBySize(List<Venue> venues) {
		return venues.stream()
			.map((v) -> new Venue(v.id(), v.name(), v.kind(), v.address(), v.meetingLink(), v.coordinates(),
					v.rooms()
						.stream()
						.sorted(Comparator.comparingInt(Room::capacity).thenComparing(Room::name))
						.toList(),
					v.openingHours(), v.features(), v.phone(), v.email(), v.programmes(), v.version()))
			.toList();
	}

	private static LocalDate latest(LocalDate... days) {
		LocalDate latest = days[0];
		for (LocalDate day : days) {
			if (day.isAfter(latest)) {
				latest = day;
			}
		}
		return latest;
	}

}
