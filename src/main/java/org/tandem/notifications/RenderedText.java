package org.tandem.notifications;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A message written out: an e-mail's subject and body, or a text message (no subject).
 * Its {@link #toString()} leaves the text out, which may name people.
 *
 * @param locale the language it is written in
 * @param subject the e-mail's subject; null for SMS
 * @param body the e-mail's plain text, or the text message
 */
record RenderedText(Locale locale, @Nullable String subject, String body) {

	@Override
	public String toString() {
		return "RenderedText[" + this.locale + ", " + this.body.length() + " characters]";
	}

}
