package org.tandem.imports;

import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of one kind of list as the records its module registers: a mentor's or
 * senior's profile, or a venue. Made afresh for each check of a file, because it
 * remembers the records already known, in the registry and on earlier rows.
 *
 * @param <T> the record a row describes
 */
interface RowReader<T> {

	/**
	 * The record a row describes, checked by its module's own rules.
	 * @return {@code null} if the row has a problem, which is then reported on the row,
	 * or if the file lacks a column the record needs
	 */
	@Nullable T read(RowReading row);

	/**
	 * Whether the registry or an earlier row already has this record; if not, it is
	 * remembered, so that a later row like it is a duplicate.
	 */
	boolean isDuplicate(T record);

}
