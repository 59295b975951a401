package org.tandem.matching;

/**
 * A mentor's load penalties fell from one new senior to the next. The solver relies on
 * penalties that never fall: only then is the cheapest way to give a mentor {@code k} new
 * seniors to pay the first {@code k} penalties, which is what makes the flow model exact.
 */
class LoadPenaltiesDecrease extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	LoadPenaltiesDecrease(int position, int previous, int next) {
		super("Load penalties must never decrease, but the penalty of new senior " + (position + 1) + " is " + previous
				+ " and of new senior " + (position + 2) + " is " + next);
	}

}
