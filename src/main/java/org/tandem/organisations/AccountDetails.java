package org.tandem.organisations;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Gives Spring Security's login form the account behind a login name, and stores a
 * stronger hash when the password encoder's settings have moved on since it was made.
 */
@Component
class AccountDetails implements UserDetailsService, UserDetailsPasswordService {

	private final UserRepository users;

	private final Clock clock;

	AccountDetails(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		return username(login).flatMap((name) -> this.users.findForLogin(name, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No such login"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		this.users.rehashPassword(new Username(user.getUsername()), newPasswordHash);
		return user;
	}

	static Optional<Username> username(String login) {
		try {
			return Optional.of(new Username(login.strip()));
		}
		catch (IllegalArgumentException notAUsername) {
			return Optional.empty();
		}
	}

}
