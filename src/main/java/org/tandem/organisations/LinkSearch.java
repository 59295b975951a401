package org.tandem.organisations;

import java.util.List;

/**
 * What a search for people or venues to link an account to found.
 *
 * @param found the first few, by name
 * @param total how many match in all
 */
public record LinkSearch(List<LinkTarget> found, long total) {

	public LinkSearch {
		found = List.copyOf(found);
	}

	/** Whether more match than are listed. */
	public boolean cut() {
		return this.total > this.found.size();
	}

}
