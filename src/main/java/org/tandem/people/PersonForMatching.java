package org.tandem.people;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.Device;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.VenueId;

/**
 * A mentor or senior as matching sees them: only what the hard rules and the score need,
 * with the consents and safeguarding facts already worked out by the people module, so
 * that matching never has to read consents or background checks itself. Read for a whole
 * programme at once by {@link People#forMatching}; no names, contact details or notes.
 *
 * @param id the person
 * @param kind mentor or senior
 * @param yearOfBirth year of birth
 * @param gender as the person states it
 * @param preferredMentorGender a senior's stated wish for a mentor's gender, if any
 * @param languages the languages spoken, the first language first
 * @param devices a senior's devices, or the devices a mentor knows
 * @param topics a senior's wanted topics (priority 1 first), or a mentor's offered topics
 * @param availability when in the week the person can meet
 * @param venues the venues the person prefers
 * @param homeVisits a senior wants help at home, or a mentor is willing to visit homes
 * @param city the postal town of the person's address, if any
 * @param capacity how many seniors a mentor takes on at once (1 for seniors)
 * @param participationConsent a consent to take part is recorded and not withdrawn
 * @param guardianConsent a guardian's consent to take part is recorded and not withdrawn
 * @param possiblyMinor the person may be under 18 (see {@link Safeguarding})
 * @param backgroundCheckValid an adult's background check is valid today
 * @param registeredAt when the person came into Tandem, from which waiting is counted
 */
public record PersonForMatching(PersonId id, PersonKind kind, int yearOfBirth, Gender gender,
		@Nullable Gender preferredMentorGender, List<LanguageCode> languages, Set<Device> devices,
		List<TopicWish> topics, WeeklyTimes availability, Set<VenueId> venues, boolean homeVisits,
		@Nullable String city, int capacity, boolean participationConsent, boolean guardianConsent,
		boolean possiblyMinor, boolean backgroundCheckValid, Instant registeredAt) {

	public PersonForMatching {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		languages = List.copyOf(languages);
		devices = Set.copyOf(devices);
		topics = List.copyOf(topics);
		venues = Set.copyOf(venues);
	}

	/**
	 * Whether the person may take part in home visits, by the same rule as
	 * {@link People#homeVisitsPermitted}: a senior who wants them, or an adult mentor who
	 * is willing and has a background check valid today.
	 */
	public boolean homeVisitsPermitted() {
		return (this.kind == PersonKind.SENIOR) ? this.homeVisits
				: this.homeVisits && !this.possiblyMinor && this.backgroundCheckValid;
	}

	public boolean isMentor() {
		return this.kind == PersonKind.MENTOR;
	}

}
