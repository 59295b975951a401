package org.tandem.matching.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.tandem.matching.Matching;
import org.tandem.matching.MatchingRun;
import org.tandem.matching.MatchingRunStatus;
import org.tandem.matching.MatchingTexts;

/**
 * Writes a run as {@link RunJson} straight to the response, its pairs and unmatched
 * seniors as they are read from the database a batch at a time: a national run's 51,000
 * explained pairs are never held, as objects or as text. The run's own fields are
 * {@link RunJson}'s, serialised by the same mapper, so the document is exactly the one
 * {@link RunJson} describes.
 */
final class RunDownload {

	private static final String ASSIGNMENTS = "assignments";

	private static final String UNMATCHED = "unmatched";

	private RunDownload() {
	}

	/**
	 * Writes the run; only once the run has been read, so that a run not found still
	 * answers with problem details.
	 */
	static void write(HttpServletResponse response, JsonMapper json, Matching matching, MatchingRun run,
			MatchingTexts texts, Locale locale) throws IOException {
		ObjectNode fields = json.valueToTree(RunJson.of(run, List.of(), List.of(), texts, locale));
		boolean finished = run.status() == MatchingRunStatus.FINISHED;
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
			out.writeStartObject();
			for (Map.Entry<String, JsonNode> field : fields.properties()) {
				out.writeName(field.getKey());
				if (finished && field.getKey().equals(ASSIGNMENTS)) {
					out.writeStartArray();
					matching.eachProposal(run.id(), (pair) -> out.writePOJO(RunJson.PairJson.of(pair, texts, locale)));
					out.writeEndArray();
				}
				else if (finished && field.getKey().equals(UNMATCHED)) {
					out.writeStartArray();
					matching.eachUnmatched(run.id(),
							(senior) -> out.writePOJO(RunJson.UnmatchedJson.of(senior, texts, locale)));
					out.writeEndArray();
				}
				else {
					out.writeTree(field.getValue());
				}
			}
			out.writeEndObject();
		}
	}

}
