package org.tandem.people;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to reach a person and address them: for messages, reminders and the lists
 * venue staff work from. Its {@link #toString()} names only the id: the rest is personal
 * data and must never reach a log line.
 *
 * @param id the person
 * @param kind mentor or senior
 * @param firstName given name
 * @param lastName family name
 * @param channel how the person wants to be reached
 * @param phone their phone number, if any
 * @param email their e-mail address, if any
 * @param languages the languages they speak, the first language first
 */
public record ContactDetails(PersonId id, PersonKind kind, String firstName, String lastName, ContactChannel channel,
		@Nullable PhoneNumber phone, @Nullable String email, List<LanguageCode> languages) {

	public ContactDetails {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		languages = List.copyOf(languages);
	}

	public String fullName() {
		return Profile.fullName(this.firstName, this.lastName);
	}

	@Override
	public String toString() {
		return "ContactDetails[" + this.id + "]";
	}

}
