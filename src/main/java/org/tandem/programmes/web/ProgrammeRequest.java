package org.tandem.programmes.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeDetails;
import org.tandem.programmes.Term;

/**
 * A programme as the API and the form accept it, with the rules each field must meet. The
 * version is required when changing a programme (validation group {@link Change}).
 *
 * @param version the version the editor saw; a stale edit is refused
 * @param name the name, unique in the organisation
 * @param description what the programme is about, optional
 * @param termStart the first day of the term
 * @param termEnd the last day of the term
 * @param sessionMinutes the usual length of a session
 */
record ProgrammeRequest(@NotNull(groups = ProgrammeRequest.Change.class) @Nullable Integer version,
		@NotBlank @Size(max = 200) @Nullable String name, @Size(max = 2000) @Nullable String description,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termStart,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termEnd,
		@NotNull @Min(ProgrammeDetails.MIN_SESSION_MINUTES) @Max(ProgrammeDetails.MAX_SESSION_MINUTES) @Nullable Integer sessionMinutes) {

	/**
	 * The validation group of an edit, which must name the version it was made against.
	 */
	interface Change {

	}

	static ProgrammeRequest blank() {
		return new ProgrammeRequest(null, "", "", null, null, ProgrammeDetails.DEFAULT_SESSION_MINUTES);
	}

	static ProgrammeRequest of(Programme programme) {
		return new ProgrammeRequest(programme.version(), programme.name(), programme.description(),
				programme.term().start(), programme.term().end(), programme.sessionMinutes());
	}

	/**
	 * The domain's details; call only after validation passed.
	 * @throws org.tandem.programmes.TermEndsBeforeStart if the term ends before it starts
	 */
	ProgrammeDetails toDetails() {
		return new ProgrammeDetails(required(this.name), this.description,
				new Term(required(this.termStart), required(this.termEnd)), required(this.sessionMinutes));
	}

	int requiredVersion() {
		return required(this.version);
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("Validated before use");
		}
		return value;
	}

}
