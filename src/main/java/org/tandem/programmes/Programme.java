package org.tandem.programmes;

import org.jspecify.annotations.Nullable;

/**
 * A programme as other modules and the pages see it.
 *
 * @param id the programme's id
 * @param name its name, unique in the organisation
 * @param description what it is about, if given
 * @param term the dates it runs
 * @param sessionMinutes the usual length of a session in minutes
 * @param version the version an edit must name, so a stale edit is refused
 */
public record Programme(ProgrammeId id, String name, @Nullable String description, Term term, int sessionMinutes,
		int version) {

	public ProgrammeDetails details() {
		return new ProgrammeDetails(this.name, this.description, this.term, this.sessionMinutes);
	}

}
