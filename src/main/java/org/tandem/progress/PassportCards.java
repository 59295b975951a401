package org.tandem.progress;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.LanguageCode;
import org.tandem.people.Person;
import org.tandem.people.PersonId;

/**
 * Prints a senior's learning passport as a large-print PDF card in the senior's language:
 * Swedish if they speak Swedish, else English if they speak it, else the organisation's
 * language.
 */
@Service
public class PassportCards {

	private static final Set<String> PRINTED = Set.of("sv", "en");

	private final Passports passports;

	private final Organisations organisations;

	private final MessageSource messages;

	PassportCards(Passports passports, Organisations organisations, MessageSource messages) {
		this.passports = passports;
		this.organisations = organisations;
		this.messages = messages;
	}

	/**
	 * The senior's passport as a PDF card.
	 * @throws org.tandem.people.PersonNotFound if the organisation has no such senior
	 */
	@Transactional(readOnly = true)
	public PassportCard card(PersonId id) {
		Person senior = this.passports.senior(id);
		Organisation organisation = this.organisations.current();
		Locale language = languageOf(senior.profile().languages(), organisation.defaultLocale());
		Passport passport = this.passports.passport(senior);
		return new PassportCard(new PassportPdf(this.messages, language).write(passport, organisation.name()),
				language);
	}

	static Locale languageOf(List<LanguageCode> spoken, Locale organisation) {
		for (String code : List.of("sv", "en")) {
			if (spoken.stream().anyMatch((language) -> language.code().equals(code))) {
				return Locale.forLanguageTag(code);
			}
		}
		return PRINTED.contains(organisation.getLanguage()) ? Locale.forLanguageTag(organisation.getLanguage())
				: Locale.ENGLISH;
	}

}
