package org.tandem.people;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.TopicId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.venues.VenueId;

/**
 * What a list of mentors or seniors is narrowed to.
 *
 * @param kind mentors or seniors
 * @param search part of a name, a phone number written any way, or part of an e-mail
 * @param programme only members of this programme
 * @param venue only those who prefer this venue
 * @param language only those who speak this language
 * @param topic only those who want (seniors) or offer (mentors) this topic
 * @param status only those with this status
 * @param matched only those who have a partner now ({@code true}) or who have none
 * ({@code false}); {@code null} for both
 * @param page the page, from 0
 * @param size the page size, 1 to 200
 */
public record PersonQuery(PersonKind kind, String search, @Nullable ProgrammeId programme, @Nullable VenueId venue,
		@Nullable LanguageCode language, @Nullable TopicId topic, @Nullable PersonStatus status,
		@Nullable Boolean matched, int page, int size) {

	public PersonQuery {
		search = search.strip();
		page = Math.max(0, page);
		size = Math.max(1, Math.min(size, 200));
	}

	/** A query that does not ask whether people have a partner. */
	public PersonQuery(PersonKind kind, String search, @Nullable ProgrammeId programme, @Nullable VenueId venue,
			@Nullable LanguageCode language, @Nullable TopicId topic, @Nullable PersonStatus status, int page,
			int size) {
		this(kind, search, programme, venue, language, topic, status, null, page, size);
	}

	public static PersonQuery all(PersonKind kind) {
		return new PersonQuery(kind, "", null, null, null, null, null, null, 0, 50);
	}

}
