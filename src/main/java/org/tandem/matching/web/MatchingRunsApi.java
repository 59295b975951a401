package org.tandem.matching.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.matching.Matching;
import org.tandem.matching.MatchingMode;
import org.tandem.matching.MatchingRun;
import org.tandem.matching.MatchingRunId;
import org.tandem.matching.MatchingTexts;
import org.tandem.programmes.ProgrammeId;

/**
 * Matching runs through the JSON API. {@code POST} starts a run and answers 202 with
 * where to follow it; the run answers its status and, once finished, its explained
 * proposal, streamed however large; {@code /candidates} (JSON, or CSV with
 * {@code Accept: text/csv} or the {@code .csv} address) is exactly what the solver
 * optimised over, for anyone to re-solve. A run of another organisation is not found.
 */
@RestController
class MatchingRunsApi {

	private final Matching matching;

	private final MatchingTexts texts;

	private final JsonMapper json;

	MatchingRunsApi(Matching matching, MatchingTexts texts, JsonMapper json) {
		this.matching = matching;
		this.texts = texts;
		this.json = json;
	}

	@PostMapping("/api/v1/programmes/{programmeId}/matching-runs")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ResponseEntity<RunJson> start(@PathVariable UUID programmeId, @Valid @RequestBody StartRunRequest request) {
		MatchingRunId id = this.matching.start(new ProgrammeId(programmeId), request.matchingMode());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/matching-runs/" + id))
			.body(RunJson.of(this.matching.run(id), List.of(), List.of(), this.texts, locale()));
	}

	/**
	 * The run as {@link RunJson}: once it has finished, with every pair it proposes (by
	 * senior id) and every senior it left unmatched, streamed from the database to the
	 * response as they are read (see {@link RunDownload}), so that a national run is
	 * never held in memory. There is deliberately no paging: an auditor or an import into
	 * another system wants the whole proposal in one consistent read, and a stored
	 * proposal never changes; a coordinator reviews it a page at a time on the run's
	 * page.
	 */
	@GetMapping("/api/v1/matching-runs/{runId}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@ApiResponse(responseCode = "200", description = "The run, with its whole proposal once finished",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = RunJson.class)))
	void show(@PathVariable UUID runId, HttpServletResponse response) throws IOException {
		MatchingRun run = this.matching.run(new MatchingRunId(runId));
		RunDownload.write(response, this.json, this.matching, run, this.texts, locale());
	}

	@GetMapping("/api/v1/matching-runs/{runId}/candidates")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	void candidates(@PathVariable UUID runId, HttpServletResponse response) throws IOException {
		MatchingRunId id = new MatchingRunId(runId);
		CandidateDownloads.Json download = new CandidateDownloads.Json(response, this.json, id);
		this.matching.candidates(id, download);
		download.finish();
	}

	@GetMapping(path = "/api/v1/matching-runs/{runId}/candidates", produces = "text/csv")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	void candidatesAsCsv(@PathVariable UUID runId, HttpServletResponse response) throws IOException {
		MatchingRunId id = new MatchingRunId(runId);
		CandidateDownloads.Csv download = new CandidateDownloads.Csv(response, id);
		this.matching.candidates(id, download);
		download.finish();
	}

	@GetMapping("/api/v1/matching-runs/{runId}/candidates.csv")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	void candidatesCsvFile(@PathVariable UUID runId, HttpServletResponse response) throws IOException {
		candidatesAsCsv(runId, response);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/**
	 * What to start.
	 *
	 * @param mode {@code optimal} (most seniors matched, then the highest total, proven)
	 * or {@code stable} (no senior and mentor would both rather be together)
	 */
	record StartRunRequest(@NotNull @Pattern(regexp = "optimal|stable") @Nullable String mode) {

		MatchingMode matchingMode() {
			return MatchingMode.valueOf(String.valueOf(this.mode).toUpperCase(Locale.ROOT));
		}

	}

}
