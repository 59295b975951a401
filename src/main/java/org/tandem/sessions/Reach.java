package org.tandem.sessions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.tandem.notifications.Channel;
import org.tandem.notifications.OutgoingMessage;
import org.tandem.people.ContactDetails;
import org.tandem.people.LanguageCode;
import org.tandem.people.PhoneNumber;

/**
 * How a message about a session reaches a person, if one can: by text message to the
 * phone of someone who chose SMS, by e-mail to the address of someone who chose e-mail.
 * Everyone else (a phone call, a letter, the venue's staff, or no usable address) gets no
 * message and is on the venue staff's list for the day instead.
 * <p>
 * The message is written in the first of the person's languages that Tandem writes in
 * (Swedish or English), in the order they speak them, first language first; someone who
 * speaks neither gets the organisation's language.
 *
 * @param channel e-mail or SMS
 * @param address the e-mail address or E.164 phone number
 * @param locale the language to write in
 */
record Reach(Channel channel, String address, Locale locale) {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	/** The way to reach the person by message, or empty if there is none. */
	static Optional<Reach> of(ContactDetails person, Locale organisationLanguage) {
		Locale locale = language(person.languages(), organisationLanguage);
		PhoneNumber phone = person.phone();
		String email = person.email();
		return switch (person.channel()) {
			case SMS -> (phone != null) ? Optional.of(new Reach(Channel.SMS, phone.e164(), locale)) : Optional.empty();
			case EMAIL -> (email != null && OutgoingMessage.isEmailAddress(email))
					? Optional.of(new Reach(Channel.EMAIL, email.strip(), locale)) : Optional.empty();
			case PHONE, POST, VIA_VENUE_STAFF -> Optional.empty();
		};
	}

	static Locale language(List<LanguageCode> languages, Locale organisationLanguage) {
		for (LanguageCode language : languages) {
			if (language.code().equals("sv")) {
				return SWEDISH;
			}
			if (language.code().equals("en")) {
				return Locale.ENGLISH;
			}
		}
		return organisationLanguage;
	}

	@Override
	public String toString() {
		return "Reach[" + this.channel + " " + this.locale + "]";
	}

}
