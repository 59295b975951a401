package org.tandem.sessions.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonPage;
import org.tandem.people.PersonQuery;
import org.tandem.people.PersonStatus;
import org.tandem.programmes.ProgrammeId;

/**
 * Whom a coordinator picks for a workshop: the mentors who lead it, or a senior to sign
 * up. A search finds the programme's active people, at most {@value #LIMIT} of them, so
 * that the choice works the same in a village and in a national programme; those already
 * chosen (the form came back, or the search changed) stay listed and chosen, their names
 * read in one go.
 */
@Component
class PersonChoices {

	static final int LIMIT = 20;

	private final People people;

	PersonChoices(People people) {
		this.people = people;
	}

	/**
	 * @param search part of a name, a phone number or part of an e-mail address; blank
	 * for the first by name
	 * @param chosen those already chosen
	 */
	Found find(ProgrammeId programme, PersonKind kind, String search, Collection<UUID> chosen) {
		PersonPage page = this.people
			.page(new PersonQuery(kind, search, programme, null, null, null, PersonStatus.ACTIVE, 0, LIMIT));
		Set<UUID> listed = page.items().stream().map((person) -> person.id().value()).collect(Collectors.toSet());
		List<PersonId> missing = chosen.stream().filter((id) -> !listed.contains(id)).map(PersonId::new).toList();
		List<Choice> choices = new ArrayList<>();
		if (!missing.isEmpty()) {
			Map<PersonId, String> names = this.people.names(missing);
			for (PersonId id : missing) {
				if (names.containsKey(id)) {
					choices.add(new Choice(id.value(), names.get(id), null, null, true));
				}
			}
		}
		for (Person person : page.items()) {
			choices.add(new Choice(person.id().value(), person.fullName(), person.profile().yearOfBirth(),
					(person.profile().address() != null) ? person.profile().address().city() : null,
					chosen.contains(person.id().value())));
		}
		return new Found(kind, search.strip(), choices, page.totalItems());
	}

	/**
	 * What a search found.
	 *
	 * @param kind seniors or mentors
	 * @param search what was searched for
	 * @param choices those to choose from, the chosen ones not found by the search first
	 * @param total how many of the programme's active people match in all
	 */
	record Found(PersonKind kind, String search, List<Choice> choices, long total) {

		/** Whether more match than are listed. */
		public boolean cut() {
			return this.total > LIMIT;
		}

		public int limit() {
			return LIMIT;
		}

	}

	/**
	 * One person to choose; the year of birth and the town tell namesakes apart.
	 *
	 * @param id the person
	 * @param name their full name
	 * @param yearOfBirth their year of birth, if read
	 * @param town where they live, if known
	 * @param chosen whether they are chosen now
	 */
	record Choice(UUID id, String name, @org.jspecify.annotations.Nullable Integer yearOfBirth,
			@org.jspecify.annotations.Nullable String town, boolean chosen) {
	}

}
