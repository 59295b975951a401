package org.tandem.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says explanations and unmatched reasons in the coordinator's language: a phrase's
 * arguments that are phrases themselves (a language, a weekday, a device) are said first,
 * and lists are joined with commas.
 */
@Component
public class MatchingTexts {

	private final MessageSource messages;

	MatchingTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Phrase phrase, Locale locale) {
		Object[] arguments = phrase.arguments().stream().map((argument) -> argument(argument, locale)).toArray();
		return this.messages.getMessage(phrase.key(), arguments, locale);
	}

	/** A line as a coordinator reads it: "both speak Arabic +40". */
	public String text(ExplanationLine line, Locale locale) {
		return text(line.phrase(), locale) + " " + ((line.points() >= 0) ? "+" : "−") + Math.abs(line.points());
	}

	private Object argument(Object argument, Locale locale) {
		if (argument instanceof Phrase phrase) {
			return text(phrase, locale);
		}
		if (argument instanceof List<?> list) {
			return list.stream()
				.map((item) -> String.valueOf(argument(item, locale)))
				.collect(Collectors.joining(", "));
		}
		return argument;
	}

}
