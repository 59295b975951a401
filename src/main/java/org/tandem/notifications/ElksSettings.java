package org.tandem.notifications;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 46elks account that sends text messages. Without a username and password, SMS is
 * not configured and text messages fail saying so.
 *
 * @param baseUrl the API's address
 * @param username the API username
 * @param password the API password
 * @param from the sender recipients see: up to 11 letters and digits, or a phone number
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("tandem.sms.46elks")
record ElksSettings(@DefaultValue("https://api.46elks.com") URI baseUrl, @Nullable String username,
		@Nullable String password, @DefaultValue("Tandem") String from, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout) {

	boolean configured() {
		return this.username != null && !this.username.isBlank() && this.password != null && !this.password.isBlank();
	}

	@Override
	public String toString() {
		// Never the password.
		return "ElksSettings[" + this.baseUrl + ", configured=" + configured() + ", from=" + this.from + "]";
	}

}
