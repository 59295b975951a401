package org.tandem.imports;

import java.util.List;

/**
 * What a file lists, and so which fields its columns can fill and which module its rows
 * go to: mentors and seniors to the people module, venues to the venues module.
 */
public enum ImportKind {

	/** Young people who help. */
	MENTOR,

	/** Older people who learn. */
	SENIOR,

	/** Libraries, care homes, schools, community centres and online rooms. */
	VENUE;

	/**
	 * The fields a column of this kind of list can fill, in the order they are offered.
	 */
	public List<ImportField> fields() {
		return (this == VENUE) ? ImportField.VENUE_FIELDS : ImportField.PERSON_FIELDS;
	}

	/** The fields every row needs, and so every file a column for. */
	List<ImportField> required() {
		return (this == VENUE) ? ImportField.VENUE_REQUIRED : ImportField.PERSON_REQUIRED;
	}

	/**
	 * Column names such a list usually has, as examples for a coordinator whose file
	 * Tandem does not recognise. Swedish, as the lists are.
	 */
	String exampleColumns() {
		return (this == VENUE) ? "Namn, Typ, Adress, Postnummer, Ort, Kommun, Platser"
				: "Förnamn, Efternamn, Födelseår, Telefon";
	}

}
