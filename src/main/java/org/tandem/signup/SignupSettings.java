package org.tandem.signup;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public sign-up forms.
 *
 * @param secret key for the forms' tickets and for hashing addresses; set the same value
 * on every instance ({@code TANDEM_SECRET}); if empty, each instance makes its own at
 * start
 * @param perHour sign-ups allowed per connection and organisation in an hour
 */
@ConfigurationProperties("tandem.signup")
record SignupSettings(@Nullable String secret, @Nullable Integer perHour) {

	int limit() {
		return (this.perHour != null) ? this.perHour : 5;
	}

}
