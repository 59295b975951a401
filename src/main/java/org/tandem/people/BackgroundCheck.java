package org.tandem.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A record that an adult's background (in Sweden, an extract from the police register)
 * was checked, and until when it counts.
 *
 * @param id the record's id
 * @param person whose check
 * @param checkedOn the date of the extract
 * @param expiresOn the last day it counts
 * @param reference the extract's reference, never its content
 */
public record BackgroundCheck(UUID id, PersonId person, LocalDate checkedOn, LocalDate expiresOn, String reference) {

	public BackgroundCheck {
		if (expiresOn.isBefore(checkedOn)) {
			throw new ProfileRejected("expiresOn", "CheckExpiresAfterItIsMade");
		}
		reference = reference.strip();
		if (reference.isEmpty()) {
			throw new ProfileRejected("reference", "CheckReferenceRequired");
		}
	}

	public boolean validOn(LocalDate day) {
		return !day.isBefore(this.checkedOn) && !day.isAfter(this.expiresOn);
	}

}
