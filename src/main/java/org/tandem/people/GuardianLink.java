package org.tandem.people;

import java.time.Instant;

/**
 * A single-use link a guardian opens to consent for a minor. Only a hash of the token is
 * stored; the link is shown once, to be sent by e-mail or text message.
 *
 * @param path the link's path on this site, {@code /consent/guardian/<token>}
 * @param expiresAt when it stops working
 */
public record GuardianLink(String path, Instant expiresAt) {

	@Override
	public String toString() {
		return "GuardianLink[expires " + this.expiresAt + "]";
	}

}
