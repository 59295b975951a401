package org.tandem.matching.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.tandem.matching.CandidateSink;
import org.tandem.matching.MatchingRunId;

/**
 * Writes a run's candidate set straight to the response as it is read back, never holding
 * it: as JSON through Jackson's streaming generator, or as CSV. Nothing is written, and
 * no content type set, before the first item arrives, so that a run without stored
 * candidates can still answer with problem details.
 */
final class CandidateDownloads {

	private CandidateDownloads() {
	}

	/**
	 * {@code {"runId":…,"seniors":[…],"mentors":[{"mentorId":…,"penalties":[…]}],
	 * "candidates":[{"seniorId":…,"mentorId":…,"score":…}],"fixed":[…]}}: the sections in
	 * that order, each sorted by id, every one present even when empty.
	 */
	static final class Json implements CandidateSink {

		private static final List<String> SECTIONS = List.of("seniors", "mentors", "candidates", "fixed");

		private final HttpServletResponse response;

		private final JsonMapper json;

		private final MatchingRunId run;

		private @Nullable JsonGenerator generator;

		private int section = -1;

		Json(HttpServletResponse response, JsonMapper json, MatchingRunId run) {
			this.response = response;
			this.json = json;
			this.run = run;
		}

		@Override
		public void senior(UUID seniorId) throws IOException {
			section(0).writeString(seniorId.toString());
		}

		@Override
		public void mentor(UUID mentorId, int[] penalties) throws IOException {
			JsonGenerator out = section(1);
			out.writeStartObject();
			out.writeStringProperty("mentorId", mentorId.toString());
			out.writeName("penalties");
			out.writeArray(penalties, 0, penalties.length);
			out.writeEndObject();
		}

		@Override
		public void candidate(UUID seniorId, UUID mentorId, int score) throws IOException {
			pair(section(2), seniorId, mentorId, score);
		}

		@Override
		public void fixed(UUID seniorId, UUID mentorId, int score) throws IOException {
			pair(section(3), seniorId, mentorId, score);
		}

		private static void pair(JsonGenerator out, UUID seniorId, UUID mentorId, int score) {
			out.writeStartObject();
			out.writeStringProperty("seniorId", seniorId.toString());
			out.writeStringProperty("mentorId", mentorId.toString());
			out.writeNumberProperty("score", score);
			out.writeEndObject();
		}

		/** Closes the sections still open or not yet begun, and the document. */
		void finish() throws IOException {
			JsonGenerator out = section(SECTIONS.size());
			out.writeEndObject();
			out.close();
		}

		/** Moves on to section {@code next}, opening any empty sections on the way. */
		private JsonGenerator section(int next) throws IOException {
			JsonGenerator out = this.generator;
			if (out == null) {
				this.response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				this.response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				out = this.json.createGenerator(this.response.getOutputStream());
				out.writeStartObject();
				out.writeStringProperty("runId", this.run.toString());
				this.generator = out;
			}
			while (this.section < next) {
				if (this.section >= 0) {
					out.writeEndArray();
				}
				this.section++;
				if (this.section < SECTIONS.size()) {
					out.writeName(SECTIONS.get(this.section));
					out.writeStartArray();
				}
			}
			return out;
		}

	}

	/**
	 * One line per item, {@code record,senior_id,mentor_id,score,penalties}: a
	 * {@code senior} line per senior to be matched, a {@code mentor} line with the load
	 * penalties separated by spaces (as many as free places), a {@code candidate} line
	 * per allowed pair and a {@code fixed} line per pair kept from before. UTF-8, comma
	 * separated; ids and numbers only, so nothing needs quoting.
	 */
	static final class Csv implements CandidateSink {

		static final String HEADER = "record,senior_id,mentor_id,score,penalties\r\n";

		private final HttpServletResponse response;

		private final MatchingRunId run;

		private @Nullable Writer writer;

		Csv(HttpServletResponse response, MatchingRunId run) {
			this.response = response;
			this.run = run;
		}

		@Override
		public void senior(UUID seniorId) throws IOException {
			out().append("senior,").append(seniorId.toString()).append(",,,\r\n");
		}

		@Override
		public void mentor(UUID mentorId, int[] penalties) throws IOException {
			Writer out = out().append("mentor,,").append(mentorId.toString()).append(",,");
			for (int k = 0; k < penalties.length; k++) {
				out.append((k > 0) ? " " : "").append(Integer.toString(penalties[k]));
			}
			out.append("\r\n");
		}

		@Override
		public void candidate(UUID seniorId, UUID mentorId, int score) throws IOException {
			pair("candidate,", seniorId, mentorId, score);
		}

		@Override
		public void fixed(UUID seniorId, UUID mentorId, int score) throws IOException {
			pair("fixed,", seniorId, mentorId, score);
		}

		private void pair(String record, UUID seniorId, UUID mentorId, int score) throws IOException {
			out().append(record)
				.append(seniorId.toString())
				.append(',')
				.append(mentorId.toString())
				.append(',')
				.append(Integer.toString(score))
				.append(",\r\n");
		}

		void finish() throws IOException {
			out().flush();
		}

		private Writer out() throws IOException {
			Writer out = this.writer;
			if (out == null) {
				this.response.setContentType("text/csv;charset=UTF-8");
				this.response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
						"attachment; filename=\"matching-run-" + this.run + "-candidates.csv\"");
				out = new BufferedWriter(
						new OutputStreamWriter(this.response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
				out.write(HEADER);
				this.writer = out;
			}
			return out;
		}

	}

}
