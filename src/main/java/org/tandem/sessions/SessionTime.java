package org.tandem.sessions;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * When a session takes place, as a message argument written in the reader's language when
 * the message is resolved ("tisdag 3 december 14:00–15:00"), in the organisation's time
 * zone. A message source resolves an argument like this one itself, so a refusal made
 * deep in the domain reads right in the API and on the page.
 *
 * @param start the local start
 * @param end the local end
 */
record SessionTime(ZonedDateTime start, ZonedDateTime end) implements MessageSourceResolvable {

	String in(Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		return day.format(this.start) + "–" + time.format(this.end);
	}

	@Override
	public String @Nullable [] getCodes() {
		return null;
	}

	@Override
	public String getDefaultMessage() {
		return in(LocaleContextHolder.getLocale());
	}

	@Override
	public String toString() {
		return in(Locale.ROOT);
	}

}
