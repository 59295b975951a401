package org.tandem.notifications;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sender of Tandem's e-mail. The mail server itself is Spring Boot's
 * {@code spring.mail.*} ({@code host}, {@code port}, {@code username}, {@code password});
 * without a host, e-mail is not configured and messages fail saying so.
 *
 * @param from the From address, e.g. {@code Tandem <tandem@kommun.se>}
 */
@ConfigurationProperties("tandem.mail")
record MailSettings(@Nullable String from) {

	boolean hasFrom() {
		return this.from != null && !this.from.isBlank();
	}

}
