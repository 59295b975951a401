package org.tandem.organisations;

/**
 * A temporary password, shown to the admin once and never stored in clear. The user must
 * replace it at their next sign-in.
 *
 * @param account the user it was issued to
 * @param temporaryPassword the password to hand over
 */
public record IssuedPassword(UserAccount account, String temporaryPassword) {

	@Override
	public String toString() {
		return "IssuedPassword[" + this.account.id() + "]";
	}

}
