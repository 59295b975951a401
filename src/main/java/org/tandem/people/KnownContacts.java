package org.tandem.people;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is already in the registry, by the ways a list names the same person twice: the
 * same phone number, the same e-mail address, or (for someone with neither) the same name
 * and year of birth. Used to skip people an import or a sign-up already holds; add each
 * newly accepted profile so that a file's own repeats are found too. Not thread-safe.
 */
public final class KnownContacts {

	private final Set<String> phones;

	private final Set<String> emails;

	private final Set<String> names;

	KnownContacts(Set<String> phones, Set<String> emails, Set<String> names) {
		this.phones = new HashSet<>(phones);
		this.emails = new HashSet<>(emails);
		this.names = new HashSet<>(names);
	}

	/** Nobody known yet. */
	public static KnownContacts none() {
		return new KnownContacts(Set.of(), Set.of(), Set.of());
	}

	/** Whether a person like this is already known. */
	public boolean includes(Profile profile) {
		if (profile.phone() != null && this.phones.contains(profile.phone().e164())) {
			return true;
		}
		if (profile.email() != null && this.emails.contains(email(profile.email()))) {
			return true;
		}
		return profile.phone() == null && profile.email() == null && this.names.contains(nameKey(profile));
	}

	/** Remembers a person, so that a later one like them is a duplicate. */
	public void add(Profile profile) {
		if (profile.phone() != null) {
			this.phones.add(profile.phone().e164());
		}
		if (profile.email() != null) {
			this.emails.add(email(profile.email()));
		}
		this.names.add(nameKey(profile));
	}

	static String email(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	static String nameKey(Profile profile) {
		return nameKey(profile.firstName(), profile.lastName(), profile.yearOfBirth());
	}

	static String nameKey(@Nullable String firstName, @Nullable String lastName, int yearOfBirth) {
		return String.valueOf(firstName).strip().toLowerCase(Locale.ROOT) + "\u001f"
				+ String.valueOf(lastName).strip().toLowerCase(Locale.ROOT) + "\u001f" + yearOfBirth;
	}

}
