package org.tandem.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonNotFound;
import org.tandem.system.CurrentUser;
import org.tandem.system.Sha256;
import org.tandem.system.Tenancy;

/**
 * The private calendar feeds of mentors and seniors: a coordinator makes one for a
 * person, who subscribes to its secret address in their calendar app; making a new one or
 * revoking it stops the old address at once. The secret has 256 random bits and only its
 * SHA-256 is stored, as for API tokens.
 */
@Service
public class CalendarFeeds {

	/** Where a feed is served; the secret and {@code .ics} follow. */
	public static final String PATH_PREFIX = "/calendar/";

	/** How far back a feed reaches, so that last weeks' sessions stay in calendars. */
	static final Duration PAST = Duration.ofDays(92);

	/** How far ahead a feed reaches: a programme's term and then some. */
	static final Duration FUTURE = Duration.ofDays(400);

	/** How often a fetch is noted; apps fetch every few minutes to hours. */
	static final Duration FETCH_NOTED_EVERY = Duration.ofHours(1);

	/** 32 random bytes in URL-safe Base64 without padding. */
	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final FeedRepository feeds;

	private final FeedWriter writer;

	private final ObjectProvider<CalendarEntries> entries;

	private final People people;

	private final Organisations organisations;

	private final Tenancy tenancy;

	private final Clock clock;

	CalendarFeeds(FeedRepository feeds, FeedWriter writer, ObjectProvider<CalendarEntries> entries, People people,
			Organisations organisations, Tenancy tenancy, Clock clock) {
		this.feeds = feeds;
		this.writer = writer;
		this.entries = entries;
		this.people = people;
		this.organisations = organisations;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/**
	 * Makes a new feed for a person of the current organisation, revoking the one they
	 * had. The secret address is in the answer and nowhere else.
	 * @throws PersonNotFound if the current organisation has no such person
	 * @throws CalendarFeedBusy if someone else made one for the person at the same moment
	 */
	@Transactional
	public IssuedCalendarFeed issue(PersonId person) {
		this.people.get(person);
		Instant now = now();
		String secret = Sha256.newSecret();
		this.feeds.revokeActive(person, now, signedInUser());
		try {
			this.feeds.insert(UUID.randomUUID(), person, Sha256.hex(secret), now, signedInUser());
		}
		catch (DuplicateKeyException concurrent) {
			throw new CalendarFeedBusy(person);
		}
		return new IssuedCalendarFeed(PATH_PREFIX + secret + ".ics", now);
	}

	/**
	 * Stops a person's feed from working, at once. Nothing happens if they have none.
	 * @throws PersonNotFound if the current organisation has no such person
	 */
	@Transactional
	public void revoke(PersonId person) {
		this.people.get(person);
		this.feeds.revokeActive(person, now(), signedInUser());
	}

	/**
	 * Whether a person of the current organisation has a feed.
	 * @throws PersonNotFound if the current organisation has no such person
	 */
	public CalendarFeedStatus status(PersonId person) {
		this.people.get(person);
		return this.feeds.active(person).orElse(CalendarFeedStatus.NONE);
	}

	/**
	 * The iCalendar text a feed's secret stands for, with nobody signed in: the person's
	 * entries from every {@link CalendarEntries} bean, in their organisation's time zone
	 * and language. Empty if the secret is unknown or revoked, or its person is gone; the
	 * caller must not tell these apart.
	 */
	@Transactional
	public Optional<String> calendar(String secret) {
		if (!SECRET.matcher(secret).matches()) {
			return Optional.empty();
		}
		return this.feeds.findActive(Sha256.hex(secret))
			.flatMap((feed) -> this.tenancy.callAs(feed.organisation(), () -> {
				try {
					this.people.get(feed.person());
				}
				catch (PersonNotFound gone) {
					return Optional.empty();
				}
				Instant now = now();
				this.feeds.markFetched(feed.id(), now, now.minus(FETCH_NOTED_EVERY));
				return Optional.of(this.writer.write(this.organisations.current(), entriesOf(feed.person(), now), now));
			}));
	}

	/** Every bean's entries; a uid two beans both answer is shown once. */
	private List<CalendarSeries> entriesOf(PersonId person, Instant now) {
		CalendarWindow window = new CalendarWindow(now.minus(PAST), now.plus(FUTURE));
		Map<String, CalendarSeries> byUid = new LinkedHashMap<>();
		this.entries.orderedStream()
			.flatMap((source) -> source.of(person, window).stream())
			.forEach((series) -> byUid.putIfAbsent(series.uid(), series));
		return List.copyOf(byUid.values());
	}

	private @Nullable UUID signedInUser() {
		return this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null);
	}

	private Instant now() {
		// Both databases keep microseconds; a feed's times read back as they were made.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
