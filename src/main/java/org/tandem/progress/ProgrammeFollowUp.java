package org.tandem.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.logbook.LastAttended;
import org.tandem.logbook.LogHistory;
import org.tandem.logbook.SharedSessions;
import org.tandem.matching.Pair;
import org.tandem.matching.PairOfPeople;
import org.tandem.matching.PairStatus;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonStatus;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;

/**
 * What a programme's coordinator should follow up, read from the logs of the programme
 * (its index on the logs starts with the programme, so no question reads another
 * programme's sessions) and its members' ids; names are read for one page only.
 * <ul>
 * <li>Seniors with no session in {@value #QUIET_DAYS} days: active seniors of the
 * programme who came to no session of the programme on or after the day
 * {@value #QUIET_DAYS} days before today (in the organisation's time zone), or never came
 * to one.</li>
 * <li>Repeated no-shows: approved pairs of the programme whose senior was absent or
 * called off late at {@value #NO_SHOWS} or more of their last {@value #LAST_SESSIONS}
 * logged sessions together.</li>
 * </ul>
 */
@Service
public class ProgrammeFollowUp {

	public static final int QUIET_DAYS = 30;

	public static final int LAST_SESSIONS = 3;

	public static final int NO_SHOWS = 2;

	public static final int MAX_PAGE_SIZE = 200;

	private final Programmes programmes;

	private final People people;

	private final Pairs pairs;

	private final LogHistory history;

	private final Organisations organisations;

	private final Clock clock;

	ProgrammeFollowUp(Programmes programmes, People people, Pairs pairs, LogHistory history,
			Organisations organisations, Clock clock) {
		this.programmes = programmes;
		this.people = people;
		this.pairs = pairs;
		this.history = history;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** The first day that counts: a session on it or after it is recent. */
	public LocalDate quietSince() {
		return LocalDate.ofInstant(this.clock.instant(), zone()).minusDays(QUIET_DAYS);
	}

	/**
	 * The programme's active seniors with no session in {@value #QUIET_DAYS} days, in
	 * name order, one page.
	 * @throws org.tandem.programmes.ProgrammeNotFound if the organisation has no such
	 * programme
	 */
	@Transactional(readOnly = true)
	public FollowUpPage<QuietSenior> quietSeniors(ProgrammeId programme, int page, int size) {
		this.programmes.get(programme);
		ZoneId zone = zone();
		Instant since = quietSince().atStartOfDay(zone).toInstant();
		Set<PersonId> recent = this.history.seniorsPresentSince(programme, since);
		List<PersonId> quiet = this.people.memberIds(PersonKind.SENIOR, programme, PersonStatus.ACTIVE)
			.stream()
			.filter((senior) -> !recent.contains(senior))
			.toList();
		FollowUpPage<PersonId> ids = FollowUpPage.of(quiet, page(page), size(size));
		Map<PersonId, LastAttended> last = this.history.lastAttended(programme, ids.items());
		Set<PersonId> named = new HashSet<>(ids.items());
		last.values().stream().map(LastAttended::mentor).filter((mentor) -> mentor != null).forEach(named::add);
		Map<PersonId, String> names = this.people.names(named);
		List<QuietSenior> items = new ArrayList<>();
		for (PersonId senior : ids.items()) {
			LastAttended attended = last.get(senior);
			PersonId mentor = (attended != null) ? attended.mentor() : null;
			items.add(new QuietSenior(senior, names.getOrDefault(senior, ""),
					(attended != null) ? attended.heldAt().atZone(zone).toLocalDate() : null, mentor,
					(mentor != null) ? names.get(mentor) : null));
		}
		return new FollowUpPage<>(items, ids.page(), ids.size(), ids.totalItems());
	}

	/**
	 * The programme's approved pairs with repeated no-shows, the latest session first,
	 * one page.
	 * @throws org.tandem.programmes.ProgrammeNotFound if the organisation has no such
	 * programme
	 */
	@Transactional(readOnly = true)
	public FollowUpPage<NoShowPair> noShows(ProgrammeId programme, int page, int size) {
		Set<PairOfPeople> approved = new HashSet<>();
		for (Pair pair : this.pairs.of(programme)) {
			if (pair.status() == PairStatus.APPROVED) {
				approved.add(pair.people());
			}
		}
		List<SharedSessions> flagged = this.history.sharedSessions(programme, LAST_SESSIONS)
			.stream()
			.filter((shared) -> approved.contains(new PairOfPeople(shared.senior(), shared.mentor())))
			.filter((shared) -> shared.missed() >= NO_SHOWS)
			.sorted(Comparator.comparing(SharedSessions::lastHeldAt).reversed())
			.toList();
		FollowUpPage<SharedSessions> shown = FollowUpPage.of(flagged, page(page), size(size));
		Set<PersonId> named = new HashSet<>();
		shown.items().forEach((shared) -> {
			named.add(shared.senior());
			named.add(shared.mentor());
		});
		Map<PersonId, String> names = this.people.names(named);
		ZoneId zone = zone();
		List<NoShowPair> items = shown.items()
			.stream()
			.map((shared) -> new NoShowPair(shared.senior(), names.getOrDefault(shared.senior(), ""), shared.mentor(),
					names.getOrDefault(shared.mentor(), ""), shared.attendance(),
					shared.lastHeldAt().atZone(zone).toLocalDate()))
			.toList();
		return new FollowUpPage<>(items, shown.page(), shown.size(), shown.totalItems());
	}

	private ZoneId zone() {
		return this.organisations.current().timeZone();
	}

	private static int page(int page) {
		return Math.max(0, page);
	}

	private static int size(int size) {
		return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
	}

}
