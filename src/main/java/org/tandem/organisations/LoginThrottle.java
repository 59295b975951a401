package org.tandem.organisations;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing against one account: after {@value #FREE_ATTEMPTS} wrong
 * passwords in a row the account is locked for a minute, and each further failure doubles
 * the lock, up to {@link #LONGEST_LOCK}. A correct password after the lock has run out,
 * or an admin's password reset, clears the count. The count lives in the database, so it
 * holds across application instances.
 */
@Component
class LoginThrottle {

	static final int FREE_ATTEMPTS = 5;

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final UserRepository users;

	private final Clock clock;

	LoginThrottle(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
			return;
		}
		AccountDetails.username(attempt.getName()).ifPresent((username) -> {
			int failures = this.users.recordFailedLogin(username);
			lockFor(failures).ifPresent((lock) -> {
				this.users.lockUntil(username, this.clock.instant().plus(lock));
				log.warn("Login locked for {} after {} wrong passwords in a row", lock, failures);
			});
		});
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			AccountDetails.username(event.getAuthentication().getName()).ifPresent(this.users::clearFailedLogins);
		}
	}

	static Optional<Duration> lockFor(int failuresInARow) {
		if (failuresInARow < FREE_ATTEMPTS) {
			return Optional.empty();
		}
		int doublings = Math.min(failuresInARow - FREE_ATTEMPTS, 4);
		Duration lock = Duration.ofMinutes(1L << doublings);
		return Optional.of(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
	}

}
