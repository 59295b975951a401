package org.tandem.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.venues.VenueId;

/**
 * The mentors near some towns as matching last read them, kept per organisation,
 * programme, towns, venues and day, and brought up to date with the organisation's mentor
 * changes ({@link MentorChanges}): one newcomer in a big town needs the town's thousands
 * of mentors, which take a hundred milliseconds and more to read, and the same town's
 * next newcomer needs them again. Whether they are still current is asked of the database
 * every time, so a change made through any instance is seen at once; when some mentors
 * changed, only those are read again (all of them when the database cannot say which: an
 * import, or changes older than it keeps); the day is part of the key, because who counts
 * as a minor and whose background check is valid change with it. Nothing else is kept:
 * the newcomer, venues, pairs and constraints are read afresh for every proposal, and
 * checking a pair before it is approved never reads from here.
 */
@Component
class NearbyMentors {

	/** Towns and programmes kept at most: a national programme has 290 municipalities. */
	static final int KEPT = 1_000;

	private final PersonRepository people;

	private final CheckRepository checks;

	private final MentorChanges changes;

	private final Tenancy tenancy;

	private final Map<Key, Read> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Read> eldest) {
			return size() > KEPT;
		}

	});

	NearbyMentors(PersonRepository people, CheckRepository checks, MentorChanges changes, Tenancy tenancy) {
		this.people = people;
		this.checks = checks;
		this.changes = changes;
		this.tenancy = tenancy;
	}

	/** As {@link People#mentorsForMatchingNear}, kept and brought up to date. */
	List<PersonForMatching> near(ProgrammeId programme, Collection<VenueId> venues, Collection<String> towns,
			LocalDate today) {
		Key key = new Key(this.tenancy.current(), programme,
				towns.stream().map(PersonRepository::townKey).collect(Collectors.toSet()),
				venues.stream().map(VenueId::value).collect(Collectors.toSet()));
		// The count first: mentors read after it are at least as new as it says.
		long changes = this.changes.count();
		Read read = this.kept.get(key);
		if (read != null && read.changes() == changes && read.day().equals(today)) {
			return read.mentors();
		}
		List<PersonForMatching> mentors;
		Optional<Set<PersonId>> changed = (read != null) ? changedSince(read, changes, today) : Optional.empty();
		if (changed.isPresent()) {
			// Only the mentors changed since are read again: each is in or out anew.
			Map<PersonId, PersonForMatching> byId = new HashMap<>();
			read.mentors().forEach((mentor) -> byId.put(mentor.id(), mentor));
			changed.get().forEach(byId::remove);
			this.people.mentorsForMatchingNear(programme, venues, towns, today, changed.get())
				.forEach((mentor) -> byId.put(mentor.id(), mentor));
			mentors = inOrder(byId.values());
		}
		else {
			mentors = inOrder(this.people.mentorsForMatchingNear(programme, venues, towns, today));
		}
		this.kept.put(key, new Read(changes, today, mentors));
		return mentors;
	}

	/**
	 * The mentors to read again since {@code read}: those changed since, and on a later
	 * day of the same year those whose background check started or ran out in between
	 * (who may be a minor depends on the year alone); nothing when that cannot be told.
	 */
	private Optional<Set<PersonId>> changedSince(Read read, long changes, LocalDate today) {
		if (today.isBefore(read.day()) || today.getYear() != read.day().getYear()) {
			return Optional.empty();
		}
		Optional<Set<PersonId>> changed = this.changes.changedBetween(read.changes(), changes);
		if (changed.isEmpty() || today.equals(read.day())) {
			return changed;
		}
		Set<PersonId> again = new HashSet<>(changed.get());
		again.addAll(this.checks.turnedBetween(read.day(), today));
		return (again.size() > MentorChanges.NOTED) ? Optional.empty() : Optional.of(again);
	}

	/**
	 * By id, whether read whole or in part, so that matching sees the same list either
	 * way; handed to every later caller, so nobody may change it.
	 */
	private static List<PersonForMatching> inOrder(Collection<PersonForMatching> mentors) {
		return mentors.stream().sorted(Comparator.comparing((mentor) -> mentor.id().value())).toList();
	}

	private record Key(OrganisationId organisation, ProgrammeId programme, Set<String> towns, Set<UUID> venues) {
	}

	private record Read(long changes, LocalDate day, List<PersonForMatching> mentors) {
	}

}
