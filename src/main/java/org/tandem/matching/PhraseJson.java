package org.tandem.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Explanations and unmatched reasons as stored with a run: as phrases (message key and
 * arguments), not as text, so that a proposal made in one language can be read in the
 * other. A phrase is {@code {"key":…,"arguments":[…]}}; an argument is a string, a
 * number, a phrase or a list of those.
 */
final class PhraseJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PhraseJson() {
	}

	static String explanation(List<ExplanationLine> lines) {
		List<Map<String, Object>> stored = new ArrayList<>();
		for (ExplanationLine line : lines) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("criterion", line.criterion().name());
			entry.put("points", line.points());
			entry.put("phrase", phrase(line.phrase()));
			stored.add(entry);
		}
		return JSON.writeValueAsString(stored);
	}

	static List<ExplanationLine> explanation(String json) {
		List<ExplanationLine> lines = new ArrayList<>();
		for (Object entry : JSON.readValue(json, List.class)) {
			Map<?, ?> line = (Map<?, ?>) entry;
			lines.add(new ExplanationLine(Criterion.valueOf((String) line.get("criterion")),
					((Number) line.get("points")).intValue(), phrase((Map<?, ?>) line.get("phrase"))));
		}
		return lines;
	}

	static String reasons(List<UnmatchedReason> reasons) {
		List<Map<String, Object>> stored = new ArrayList<>();
		for (UnmatchedReason reason : reasons) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("code", reason.code().name());
			entry.put("phrase", phrase(reason.phrase()));
			stored.add(entry);
		}
		return JSON.writeValueAsString(stored);
	}

	static List<UnmatchedReason> reasons(String json) {
		List<UnmatchedReason> reasons = new ArrayList<>();
		for (Object entry : JSON.readValue(json, List.class)) {
			Map<?, ?> reason = (Map<?, ?>) entry;
			reasons.add(new UnmatchedReason(UnmatchedReason.Code.valueOf((String) reason.get("code")),
					phrase((Map<?, ?>) reason.get("phrase"))));
		}
		return reasons;
	}

	private static Map<String, Object> phrase(Phrase phrase) {
		Map<String, Object> stored = new LinkedHashMap<>();
		stored.put("key", phrase.key());
		stored.put("arguments", phrase.arguments().stream().map(PhraseJson::argument).toList());
		return stored;
	}

	private static Object argument(Object argument) {
		if (argument instanceof Phrase phrase) {
			return phrase(phrase);
		}
		if (argument instanceof List<?> list) {
			return list.stream().map(PhraseJson::argument).toList();
		}
		if (argument instanceof Number || argument instanceof String) {
			return argument;
		}
		return argument.toString();
	}

	private static Phrase phrase(Map<?, ?> stored) {
		List<Object> arguments = new ArrayList<>();
		for (Object argument : (List<?>) stored.get("arguments")) {
			arguments.add(read(argument));
		}
		return new Phrase((String) stored.get("key"), arguments);
	}

	private static Object read(Object stored) {
		if (stored instanceof Map<?, ?> map) {
			return phrase(map);
		}
		if (stored instanceof List<?> list) {
			return list.stream().map(PhraseJson::read).toList();
		}
		return stored;
	}

}
