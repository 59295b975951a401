package org.tandem.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with one row of an import, as a coordinator can find and fix it.
 *
 * @param line the line of a CSV file (the header is line 1) or the row of a worksheet
 * @param column the name of the file's column, if the problem is in one
 * @param field the profile field, if the problem is about one
 * @param rule a short, stable name of the rule, for API clients
 * @param messageKey the message that explains the rule to a person
 * @param arguments the message's arguments
 * @param value what the cell holds, shortened, if the problem is its value
 */
public record RowError(int line, @Nullable String column, @Nullable ImportField field, String rule, String messageKey,
		List<String> arguments, @Nullable String value) {

	static final int MAX_VALUE = 100;

	public RowError {
		arguments = List.copyOf(arguments);
		if (value != null && value.length() > MAX_VALUE) {
			value = value.substring(0, MAX_VALUE - 1) + "…";
		}
	}

	/** The profile property the problem is about, as the people API names it. */
	public @Nullable String property() {
		return (this.field != null) ? this.field.property() : null;
	}

}
