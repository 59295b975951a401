package org.tandem.logbook.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.curriculum.StepId;
import org.tandem.curriculum.TopicId;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.LogRevision;
import org.tandem.logbook.Logbook;
import org.tandem.logbook.SessionLog;
import org.tandem.logbook.SessionReport;
import org.tandem.logbook.StepReached;
import org.tandem.people.PersonId;

/**
 * A session's log as the API reads and writes it.
 *
 * @param occurrenceId the occurrence logged
 * @param sessionId its session
 * @param programmeId its programme
 * @param heldAt when it started
 * @param revision the current revision: name it (in the body or as If-Match) to correct
 * the log
 * @param followUpOpen whether a coordinator still has to follow it up
 * @param followUpClosedAt when the follow-up was marked done, if it was
 * @param report what holds now
 * @param revisions every revision, the first first
 */
record LogJson(UUID occurrenceId, UUID sessionId, UUID programmeId, Instant heldAt, int revision, boolean followUpOpen,
		@Nullable Instant followUpClosedAt, ReportJson report, List<RevisionJson> revisions) {

	static LogJson of(SessionLog log) {
		return new LogJson(log.occurrence().value(), log.session().value(), log.programme().value(), log.heldAt(),
				log.revision(), log.followUpOpen(), log.followUpClosedAt(), ReportJson.of(log.report()),
				log.revisions().stream().map(RevisionJson::of).toList());
	}

	/**
	 * What was reported.
	 *
	 * @param attendance every booked mentor and senior by person id: PRESENT, ABSENT or
	 * CANCELLED_LATE
	 * @param minutes how long it lasted, 0 to 600
	 * @param topics the topics worked on (those of the steps included)
	 * @param steps the steps worked on, with the level each senior reached
	 * @param feedback each senior's face, 1 (very unhappy) to 5 (very happy), by person
	 * id
	 * @param note a short note
	 * @param attested the mentor did not handle anyone's BankID, PIN or passwords
	 * @param scamSeen the mentor saw what may be a scam
	 */
	record ReportJson(Map<UUID, Attendance> attendance, int minutes, List<UUID> topics, List<StepJson> steps,
			Map<UUID, Integer> feedback, @Nullable String note, boolean attested, boolean scamSeen) {

		static ReportJson of(SessionReport report) {
			Map<UUID, Attendance> attendance = new LinkedHashMap<>();
			report.attendance().forEach((person, value) -> attendance.put(person.value(), value));
			Map<UUID, Integer> feedback = new LinkedHashMap<>();
			report.feedback().forEach((person, face) -> feedback.put(person.value(), face));
			return new ReportJson(attendance, report.minutes(), report.topics().stream().map(TopicId::value).toList(),
					report.steps().stream().map(StepJson::of).toList(), feedback, report.note(), report.attested(),
					report.scamSeen());
		}

	}

	/**
	 * A step worked on and the level one senior reached.
	 *
	 * @param seniorId the senior
	 * @param stepId the learning step
	 * @param level NOT_YET, INTRODUCED, WITH_HELP, ON_MY_OWN or CAN_SHOW_OTHERS
	 */
	record StepJson(@NotNull UUID seniorId, @NotNull UUID stepId, @NotNull LearningLevel level) {

		static StepJson of(StepReached step) {
			return new StepJson(step.senior().value(), step.step().value(), step.level());
		}

		StepReached toStep() {
			return new StepReached(new PersonId(this.seniorId), new StepId(this.stepId), this.level);
		}

	}

	/**
	 * One revision.
	 *
	 * @param revision 1 for the first log, then 2, 3, …
	 * @param loggedAt when
	 * @param loggedBy the user who wrote it, if a user did
	 * @param onBehalf whether someone other than the session's mentor wrote it
	 * @param reason why it was corrected, if said
	 * @param report what it said
	 */
	record RevisionJson(int revision, Instant loggedAt, @Nullable UUID loggedBy, boolean onBehalf,
			@Nullable String reason, ReportJson report) {

		static RevisionJson of(LogRevision revision) {
			return new RevisionJson(revision.revision(), revision.loggedAt(), revision.loggedBy(), revision.onBehalf(),
					revision.reason(), ReportJson.of(revision.report()));
		}

	}

	/**
	 * A log or a correction. Every booked person needs an attendance. The limits are the
	 * logbook's own constants, checked here as well so that a body out of range is a 400
	 * before the session is read; the logbook refuses the same with 422 for the page.
	 *
	 * @param expectedRevision 0 to log the session for the first time, else the revision
	 * being corrected; may be given as If-Match instead
	 * @param attendance every booked mentor and senior by person id
	 * @param minutes how long it lasted, 0 to 600
	 * @param topics topics worked on besides those of the steps
	 * @param steps steps worked on with each senior's level
	 * @param feedback faces 1 to 5 by senior id, for seniors who came and said
	 * @param note a short note, at most 1000 characters
	 * @param attested the mentor did not handle anyone's BankID, PIN or passwords
	 * @param scamSeen the mentor saw what may be a scam (the coordinator is told)
	 * @param reason why the log is corrected, at most 500 characters
	 */
	record LogRequest(@Nullable @Min(0) Integer expectedRevision, @NotNull Map<UUID, @NotNull Attendance> attendance,
			@NotNull @Min(0) @Max(SessionReport.MAX_MINUTES) Integer minutes, @Nullable List<@NotNull UUID> topics,
			@Nullable @Size(max = Logbook.MAX_STEPS) List<@NotNull @Valid StepJson> steps,
			@Nullable Map<UUID, @NotNull Integer> feedback, @Nullable @Size(max = SessionReport.MAX_NOTE) String note,
			@NotNull Boolean attested, @Nullable Boolean scamSeen,
			@Nullable @Size(max = Logbook.MAX_REASON) String reason) {

		SessionReport report() {
			Map<PersonId, Attendance> people = new LinkedHashMap<>();
			this.attendance.forEach((person, value) -> people.put(new PersonId(person), value));
			Map<PersonId, Integer> faces = new LinkedHashMap<>();
			if (this.feedback != null) {
				this.feedback.forEach((person, face) -> faces.put(new PersonId(person), face));
			}
			return new SessionReport(people, this.minutes,
					(this.topics != null) ? this.topics.stream().map(TopicId::new).collect(Collectors.toSet())
							: Set.of(),
					(this.steps != null) ? this.steps.stream().map(StepJson::toStep).toList() : List.of(), faces,
					this.note, this.attested, Boolean.TRUE.equals(this.scamSeen));
		}

	}

	/**
	 * A log to follow up.
	 *
	 * @param occurrenceId the occurrence
	 * @param sessionId its session
	 * @param title the session's title
	 * @param start when it started, in the organisation's time
	 * @param revision the log's current revision
	 * @param scamSeen the mentor saw what may be a scam
	 * @param attested the log carries the attestation
	 * @param changedAt when the log was last written
	 * @param mentors the mentors' first names
	 */
	record FollowUpJson(UUID occurrenceId, UUID sessionId, String title, OffsetDateTime start, int revision,
			boolean scamSeen, boolean attested, Instant changedAt, List<String> mentors) {

		static FollowUpJson of(FollowUps.Row row) {
			return new FollowUpJson(row.id(), row.occurrence().session().value(), row.occurrence().title(),
					row.start().toOffsetDateTime(), row.followUp().revision(), row.followUp().scamSeen(),
					row.followUp().attested(), row.followUp().changedAt(), row.mentors());
		}

	}

	/**
	 * A page of follow-ups, the latest session first.
	 */
	record FollowUpPageJson(List<FollowUpJson> items, int page, int size, long totalItems, int totalPages) {

		static FollowUpPageJson of(FollowUps.Page page) {
			return new FollowUpPageJson(page.rows().stream().map(FollowUpJson::of).toList(), page.page(),
					page.open().size(), page.totalItems(), page.totalPages());
		}

	}

}
