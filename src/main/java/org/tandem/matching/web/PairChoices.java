package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonNotFound;
import org.tandem.people.PersonPage;
import org.tandem.people.PersonQuery;
import org.tandem.people.PersonStatus;
import org.tandem.programmes.ProgrammeId;

/**
 * Whom a coordinator pairs by hand, or asks "what if" about: the programme's active
 * seniors or mentors found by a search, at most {@value #LIMIT} of them, so that the
 * choice works the same in a village and in a national programme of 100,000. The one
 * already chosen (the form came back with an error) is always among them.
 */
@Component
class PairChoices {

	static final int LIMIT = 20;

	private final People people;

	PairChoices(People people) {
		this.people = people;
	}

	/**
	 * @param search part of a name, a phone number or part of an e-mail address; blank
	 * for the first by name
	 * @param chosen the person already chosen, if any
	 */
	Found find(ProgrammeId programme, PersonKind kind, String search, @Nullable UUID chosen) {
		PersonPage page = this.people
			.page(new PersonQuery(kind, search, programme, null, null, null, PersonStatus.ACTIVE, 0, LIMIT));
		List<Person> found = new ArrayList<>(page.items());
		if (chosen != null && found.stream().noneMatch((person) -> person.id().value().equals(chosen))) {
			try {
				found.add(0, this.people.get(kind, new PersonId(chosen)));
			}
			catch (PersonNotFound gone) {
				// Nothing to show as chosen; the pair's rules say why.
			}
		}
		return new Found(kind, search.strip(), found, page.totalItems(), chosen);
	}

	/**
	 * What a search found.
	 *
	 * @param kind seniors or mentors
	 * @param search what was searched for
	 * @param people those to choose from, the chosen one first
	 * @param total how many of the programme's active people match in all
	 * @param chosen the one already chosen, if any
	 */
	record Found(PersonKind kind, String search, List<Person> people, long total, @Nullable UUID chosen) {

		/** Whether more match than are listed. */
		public boolean cut() {
			return this.total > LIMIT;
		}

		public int limit() {
			return LIMIT;
		}

		public boolean isChosen(Person person) {
			return person.id().value().equals(this.chosen);
		}

	}

}
