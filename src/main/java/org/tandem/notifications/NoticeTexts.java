package org.tandem.notifications;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a session notice out as an e-mail (subject and plain text) or a text message, in
 * Swedish or English, from the {@code notifications.*} texts of the message bundles.
 * Dates are written in words and times in the language's own way, both from the bundles.
 * <p>
 * A text message is at most {@value SmsLength#MAX_SEGMENTS} SMS segments: when the whole
 * message is longer, it leaves out first the street address, then the closing words, then
 * who else comes, and then shortens the title; what remains is cut.
 */
@Component
class NoticeTexts {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	/** Shortest a title is cut to before the whole text is. */
	private static final int SHORTEST_TITLE = 12;

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** Swedish for Swedish, English for every other language. */
	static Locale language(Locale requested) {
		return requested.getLanguage().equals(SWEDISH.getLanguage()) ? SWEDISH : Locale.ENGLISH;
	}

	RenderedText render(OutgoingMessage message) {
		Locale locale = language(message.locale());
		return switch (message.channel()) {
			case EMAIL -> new RenderedText(locale, subject(message.notice(), locale), email(message.notice(), locale));
			case SMS -> new RenderedText(locale, null, sms(message.notice(), locale));
		};
	}

	String subject(SessionNotice notice, Locale locale) {
		return text("notifications.email.subject." + notice.kind(), locale, notice.title(),
				date(notice.start(), locale, false), time(notice.start(), locale));
	}

	String email(SessionNotice notice, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(text("notifications.email.greeting", locale));
		lines.add("");
		lines.add(text("notifications.email.intro." + notice.kind(), locale));
		lines.add("");
		lines.add(text("notifications.email.what", locale, notice.title()));
		lines.add(text("notifications.email.when", locale, date(notice.start(), locale, true),
				time(notice.start(), locale), time(notice.end(), locale)));
		ZonedDateTime previous = notice.previousStart();
		if (previous != null) {
			lines.add(text("notifications.email.before", locale, date(previous, locale, true), time(previous, locale)));
		}
		lines.add(text("notifications.email.where", locale, place(notice.place(), locale, true)));
		if (!notice.otherPeople().isEmpty()) {
			lines.add(text("notifications.email.with", locale, names(notice.otherPeople(), locale)));
		}
		lines.add("");
		lines.add(text("notifications.email.closing." + notice.kind(), locale));
		lines.add("");
		lines.add(text("notifications.email.regards", locale));
		lines.add(notice.organisationName());
		lines.add("");
		lines.add(text("notifications.email.automatic", locale));
		return String.join("\n", lines) + "\n";
	}

	String sms(SessionNotice notice, Locale locale) {
		String title = notice.title();
		// From the whole message to the barest: street address, closing, others' names.
		for (int leaveOut = 0; leaveOut <= 3; leaveOut++) {
			String text = sms(notice, title, locale, leaveOut < 1, leaveOut < 2, leaveOut < 3);
			if (SmsLength.segments(text) <= SmsLength.MAX_SEGMENTS) {
				return text;
			}
		}
		while (title.length() > SHORTEST_TITLE) {
			title = title.substring(0, title.length() - 4).strip() + "…";
			String text = sms(notice, title, locale, false, false, false);
			if (SmsLength.segments(text) <= SmsLength.MAX_SEGMENTS) {
				return text;
			}
		}
		return SmsLength.cut(sms(notice, title, locale, false, false, false), SmsLength.MAX_SEGMENTS);
	}

	private String sms(SessionNotice notice, String title, Locale locale, boolean streetAddress, boolean closing,
			boolean others) {
		ZonedDateTime previous = notice.previousStart();
		String when = text("notifications.sms.when", locale, date(notice.start(), locale, false),
				time(notice.start(), locale), time(notice.end(), locale));
		String before = (previous != null)
				? text("notifications.sms.before", locale, date(previous, locale, false), time(previous, locale)) : "";
		List<String> sentences = new ArrayList<>();
		sentences.add(text("notifications.sms." + notice.kind(), locale, title, when,
				place(notice.place(), locale, streetAddress), before));
		if (others && !notice.otherPeople().isEmpty()) {
			sentences.add(text("notifications.sms.with", locale, names(notice.otherPeople(), locale)));
		}
		sentences.add(text(closing ? "notifications.sms.closing" : "notifications.sms.closingShort", locale,
				notice.organisationName()));
		return String.join(" ", sentences);
	}

	private String place(SessionPlace place, Locale locale, boolean streetAddress) {
		if (place.onlineLink() != null) {
			return text("notifications.place.online", locale, place.onlineLink().toString());
		}
		if (place.home()) {
			return text("notifications.place.home", locale);
		}
		List<String> parts = new ArrayList<>();
		parts.add(place.venueName());
		if (streetAddress && place.streetAddress() != null) {
			parts.add(place.streetAddress());
		}
		if (place.room() != null) {
			parts.add(place.room());
		}
		return String.join(", ", parts);
	}

	/** "Amir", "Amir and Sara", "Amir, Sara and Ali" in the message's language. */
	private String names(List<String> names, Locale locale) {
		if (names.size() == 1) {
			return names.get(0);
		}
		String allButLast = String.join(", ", names.subList(0, names.size() - 1));
		return text("notifications.names", locale, allButLast, names.get(names.size() - 1));
	}

	private String date(ZonedDateTime time, Locale locale, boolean withYear) {
		String pattern = text(withYear ? "notifications.format.dateWithYear" : "notifications.format.date", locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(time);
	}

	private String time(ZonedDateTime time, Locale locale) {
		return DateTimeFormatter.ofPattern(text("notifications.format.time", locale), locale).format(time);
	}

	private String text(String key, Locale locale, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
