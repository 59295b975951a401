package org.tandem.organisations;

import org.tandem.system.RuleViolated;

/**
 * An admin's link of an account to a person or venues breaks a rule: the person or venue
 * is not in the organisation (told exactly as one that does not exist, so nobody can
 * probe another organisation), the person is of another kind than the account's roles,
 * the person already has an account, or the account has no venue staff role.
 */
public class AccountLinkRefused extends RuleViolated {

	private static final long serialVersionUID = 1L;

	AccountLinkRefused(String field, String rule, Object... arguments) {
		this(field, rule, "users.link.rule." + rule, arguments);
	}

	private AccountLinkRefused(String field, String rule, String messageKey, Object[] arguments) {
		super(field, rule, messageKey, arguments);
	}

	static AccountLinkRefused unknownPerson() {
		return new AccountLinkRefused("personId", "UnknownPerson");
	}

	static AccountLinkRefused unknownVenue() {
		return new AccountLinkRefused("venueIds", "UnknownVenue");
	}

	static AccountLinkRefused personKindNotARole(LinkTarget person) {
		return new AccountLinkRefused("personId", "PersonKindNotRole",
				"users.link.rule.PersonKindNotRole." + person.role().name(), new Object[] { person.name() });
	}

	static AccountLinkRefused personHasAccount(LinkTarget person, String otherAccount) {
		return new AccountLinkRefused("personId", "PersonHasAccount", person.name(), otherAccount);
	}

	static AccountLinkRefused venuesNeedVenueStaff() {
		return new AccountLinkRefused("venueIds", "VenuesNeedVenueStaffRole");
	}

	static AccountLinkRefused tooManyVenues(int max) {
		return new AccountLinkRefused("venueIds", "TooManyVenues", max);
	}

}
