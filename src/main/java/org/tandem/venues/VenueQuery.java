package org.tandem.venues;

import org.jspecify.annotations.Nullable;
import org.tandem.programmes.ProgrammeId;

/**
 * Which venues to list: a search in name, city and municipality, optional filters, and a
 * page. Out-of-range pages and sizes are brought into range.
 *
 * @param search text the name, city or municipality contains, in any letter case; empty
 * for all
 * @param programme only venues in this programme, or {@code null}
 * @param kind only venues of this kind, or {@code null}
 * @param municipality only venues in this municipality (any letter case), or {@code null}
 * @param page the page number, from 0
 * @param size venues per page, 1 to {@value #MAX_SIZE}
 */
public record VenueQuery(String search, @Nullable ProgrammeId programme, @Nullable VenueKind kind,
		@Nullable String municipality, int page, int size) {

	public static final int MAX_SIZE = 200;

	public VenueQuery {
		search = search.strip();
		municipality = (municipality == null || municipality.isBlank()) ? null : municipality.strip();
		page = Math.max(0, page);
		size = Math.max(1, Math.min(size, MAX_SIZE));
	}

	/** The first page of all venues. */
	public static VenueQuery all(int size) {
		return new VenueQuery("", null, null, null, 0, size);
	}

	long offset() {
		return (long) this.page * this.size;
	}

}
