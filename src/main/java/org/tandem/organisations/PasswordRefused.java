package org.tandem.organisations;

import org.tandem.system.RuleViolated;

/**
 * A password change was refused: the current password was wrong or the new one too weak.
 */
public class PasswordRefused extends RuleViolated {

	private static final long serialVersionUID = 1L;

	private PasswordRefused(String field, String rule, String messageKey, Object... arguments) {
		super(field, rule, messageKey, arguments);
	}

	static PasswordRefused wrongCurrentPassword() {
		return new PasswordRefused("currentPassword", "WrongPassword", "password.wrongCurrent");
	}

	static PasswordRefused tooWeak() {
		return new PasswordRefused("newPassword", "PasswordLength", "password.length", Passwords.MIN_LENGTH,
				Passwords.MAX_LENGTH);
	}

	static PasswordRefused unchanged() {
		return new PasswordRefused("newPassword", "PasswordUnchanged", "password.unchanged");
	}

}
