package org.tandem.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;
import org.tandem.people.PersonId;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;

/**
 * A stand-in for the sessions module: the entries a test planned for each person, and the
 * organisation each question was asked in.
 */
@TestComponent
class PlannedSessions implements CalendarEntries {

	private final Map<PersonId, List<CalendarSeries>> planned = new ConcurrentHashMap<>();

	private final List<OrganisationId> askedIn = new ArrayList<>();

	private final Tenancy tenancy;

	PlannedSessions(Tenancy tenancy) {
		this.tenancy = tenancy;
	}

	void plan(PersonId person, CalendarSeries... series) {
		this.planned.put(person, List.of(series));
	}

	synchronized List<OrganisationId> askedIn() {
		return List.copyOf(this.askedIn);
	}

	@Override
	public List<CalendarSeries> of(PersonId person, CalendarWindow window) {
		synchronized (this) {
			this.askedIn.add(this.tenancy.current());
		}
		return this.planned.getOrDefault(person, List.of());
	}

}
