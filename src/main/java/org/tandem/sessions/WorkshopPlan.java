package org.tandem.sessions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;

/**
 * A coordinator's plan for a workshop: a title, the mentors who lead it, and how many
 * seniors it takes. Seniors sign up afterwards.
 *
 * @param programme the programme
 * @param title what the workshop is called
 * @param mentors the mentors who lead it, at least one
 * @param capacity how many seniors it takes, 1–200
 * @param location a venue's room or online; a workshop is never a home visit
 * @param schedule when, single or weekly
 */
public record WorkshopPlan(ProgrammeId programme, String title, List<PersonId> mentors, int capacity, Location location,
		Schedule schedule) {

	public static final int MAX_CAPACITY = 200;

	public WorkshopPlan {
		Objects.requireNonNull(programme, "programme");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(schedule, "schedule");
		title = Titles.required(title);
		mentors = List.copyOf(new LinkedHashSet<>(mentors));
		if (mentors.isEmpty()) {
			throw new SessionRefused("mentorIds", "MentorsRequired");
		}
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new SessionRefused("capacity", "CapacityRange", 1, MAX_CAPACITY);
		}
		if (location.place() == Place.HOME) {
			throw new SessionRefused("place", "WorkshopNotAtHome");
		}
	}

}
