package org.tandem.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something to say to a coordinator, as a message key and its arguments, so that it can
 * be stored as data and said in Swedish or English later. An argument is a string, a
 * number, another phrase (a language's or a weekday's name), or a list of those, which
 * {@link MatchingTexts} joins.
 *
 * @param key the message key
 * @param arguments the arguments
 */
public record Phrase(String key, List<Object> arguments) implements MessageSourceResolvable {

	public Phrase {
		arguments = List.copyOf(arguments);
	}

	public static Phrase of(String key, Object... arguments) {
		return new Phrase(key, List.of(arguments));
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.key };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.toArray();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

}
