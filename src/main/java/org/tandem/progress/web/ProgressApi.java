package org.tandem.progress.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.curriculum.LocalizedText;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.progress.FollowUpPage;
import org.tandem.progress.LevelReached;
import org.tandem.progress.MentorSummary;
import org.tandem.progress.Mentoring;
import org.tandem.progress.NoShowPair;
import org.tandem.progress.Passport;
import org.tandem.progress.PassportCards;
import org.tandem.progress.PassportStep;
import org.tandem.progress.PassportTopic;
import org.tandem.progress.Passports;
import org.tandem.progress.ProgrammeFollowUp;
import org.tandem.progress.QuietSenior;
import org.tandem.progress.Training;
import org.tandem.progress.TrainingDetails;

/**
 * Progress through the JSON API: a senior's passport (and its PDF card), a mentor's
 * summary and training, and a programme's follow-up lists, paged. A person of the wrong
 * kind, or of another organisation, is not found.
 */
@RestController
class ProgressApi {

	private final Passports passports;

	private final PassportCards cards;

	private final Mentoring mentoring;

	private final ProgrammeFollowUp followUp;

	private final MessageSource messages;

	ProgressApi(Passports passports, PassportCards cards, Mentoring mentoring, ProgrammeFollowUp followUp,
			MessageSource messages) {
		this.messages = messages;
		this.passports = passports;
		this.cards = cards;
		this.mentoring = mentoring;
		this.followUp = followUp;
	}

	@GetMapping("/api/v1/people/{personId}/passport")
	@PreAuthorize(Access.READ)
	PassportJson passport(@PathVariable UUID personId) {
		return PassportJson.of(this.passports.passport(new PersonId(personId)));
	}

	@GetMapping("/api/v1/people/{personId}/passport.pdf")
	@PreAuthorize(Access.READ)
	ResponseEntity<byte[]> card(@PathVariable UUID personId) {
		return PassportPages.pdf(this.cards.card(new PersonId(personId)));
	}

	@GetMapping("/api/v1/people/{personId}/mentor-summary")
	@PreAuthorize(Access.READ)
	SummaryJson mentorSummary(@PathVariable UUID personId) {
		return SummaryJson.of(this.mentoring.summary(new PersonId(personId)));
	}

	@GetMapping("/api/v1/people/{personId}/training")
	@PreAuthorize(Access.READ)
	List<TrainingJson> training(@PathVariable UUID personId) {
		return this.mentoring.training(new PersonId(personId)).stream().map(TrainingJson::of).toList();
	}

	@PostMapping("/api/v1/people/{personId}/training")
	@PreAuthorize(Access.RUN)
	ResponseEntity<TrainingJson> recordTraining(@PathVariable UUID personId,
			@Valid @RequestBody TrainingRequest request) {
		Training training = this.mentoring.recordTraining(new PersonId(personId),
				new TrainingDetails(request.date(), request.hours(), request.what()));
		return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/training"))
			.body(TrainingJson.of(training));
	}

	@GetMapping("/api/v1/programmes/{id}/follow-up/quiet-seniors")
	@PreAuthorize(Access.RUN)
	PageJson<QuietJson> quietSeniors(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(ProgrammeFollowUp.MAX_PAGE_SIZE) int size) {
		FollowUpPage<QuietSenior> found = this.followUp.quietSeniors(new ProgrammeId(id), page, size);
		return PageJson.of(found, found.items().stream().map(QuietJson::of).toList(),
				text("progress.followUp.quiet.rule", ProgrammeFollowUp.QUIET_DAYS, this.followUp.quietSince()));
	}

	@GetMapping("/api/v1/programmes/{id}/follow-up/no-shows")
	@PreAuthorize(Access.RUN)
	PageJson<NoShowJson> noShows(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(ProgrammeFollowUp.MAX_PAGE_SIZE) int size) {
		FollowUpPage<NoShowPair> found = this.followUp.noShows(new ProgrammeId(id), page, size);
		return PageJson.of(found, found.items().stream().map(NoShowJson::of).toList(),
				text("progress.followUp.noShows.rule", ProgrammeFollowUp.NO_SHOWS, ProgrammeFollowUp.LAST_SESSIONS));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	record TrainingRequest(@NotNull LocalDate date,
			@NotNull @DecimalMin("0.25") @DecimalMax("24") @Nullable BigDecimal hours,
			@NotBlank @Size(max = 200) String what) {
	}

	/**
	 * A passport as the API shows it: texts in both languages, levels by name.
	 *
	 * @param senior the senior
	 * @param name the senior's full name
	 * @param date the day it was read
	 * @param topics the topics in catalogue order
	 */
	record PassportJson(UUID senior, String name, LocalDate date, List<TopicJson> topics) {

		static PassportJson of(Passport passport) {
			return new PassportJson(passport.senior().value(), passport.name(), passport.today(),
					passport.topics().stream().map(TopicJson::of).toList());
		}

	}

	record TopicJson(UUID id, String code, LocalizedText name, boolean wanted, List<StepJson> steps) {

		static TopicJson of(PassportTopic topic) {
			return new TopicJson(topic.id().value(), topic.code(), topic.name(), topic.wanted(),
					topic.steps().stream().map(StepJson::of).toList());
		}

	}

	record StepJson(UUID id, LocalizedText title, boolean retired, LearningLevel level, List<HistoryJson> history) {

		static StepJson of(PassportStep step) {
			return new StepJson(step.id().value(), step.title(), step.retired(), step.level(),
					step.history().stream().map(HistoryJson::of).toList());
		}

	}

	/**
	 * One session's level on a step.
	 *
	 * @param date the day of the session
	 * @param heldAt when it started
	 * @param level the level reached
	 * @param occurrence the session (an occurrence of the sessions API)
	 */
	record HistoryJson(LocalDate date, Instant heldAt, LearningLevel level, UUID occurrence) {

		static HistoryJson of(LevelReached reached) {
			return new HistoryJson(reached.date(), reached.heldAt(), reached.level(), reached.occurrence().value());
		}

	}

	/**
	 * A mentor's figures: session hours and training hours apart.
	 *
	 * @param mentor the mentor
	 * @param name the mentor's full name
	 * @param sessions logged sessions the mentor came to
	 * @param sessionMinutes their minutes added up
	 * @param sessionHours the same in hours, to a tenth
	 * @param seniors different seniors who came
	 * @param topics topics worked on
	 * @param trainingHours training hours, apart from the sessions'
	 */
	record SummaryJson(UUID mentor, String name, int sessions, long sessionMinutes, BigDecimal sessionHours,
			int seniors, List<LocalizedText> topics, BigDecimal trainingHours) {

		static SummaryJson of(MentorSummary summary) {
			return new SummaryJson(summary.mentor().value(), summary.name(), summary.sessions(),
					summary.sessionMinutes(), summary.sessionHours(), summary.seniors(), summary.topics(),
					summary.trainingHours());
		}

	}

	record TrainingJson(UUID id, UUID mentor, LocalDate date, BigDecimal hours, String what, Instant recordedAt) {

		static TrainingJson of(Training training) {
			return new TrainingJson(training.id(), training.mentor().value(), training.date(), training.hours(),
					training.what(), training.recordedAt());
		}

	}

	/**
	 * One page of a follow-up list.
	 *
	 * @param rule the rule the list follows
	 */
	record PageJson<T>(List<T> items, int page, int size, long totalItems, int totalPages, String rule) {

		static <T> PageJson<T> of(FollowUpPage<?> page, List<T> items, String rule) {
			return new PageJson<>(items, page.page(), page.size(), page.totalItems(), page.totalPages(), rule);
		}

	}

	record QuietJson(UUID senior, String name, @Nullable LocalDate lastSession, @Nullable UUID mentor,
			@Nullable String mentorName) {

		static QuietJson of(QuietSenior quiet) {
			return new QuietJson(quiet.senior().value(), quiet.name(), quiet.lastSession(),
					(quiet.mentor() != null) ? quiet.mentor().value() : null, quiet.mentorName());
		}

	}

	record NoShowJson(UUID senior, String seniorName, UUID mentor, String mentorName, List<Attendance> lastSessions,
			long missed, LocalDate lastSession) {

		static NoShowJson of(NoShowPair pair) {
			return new NoShowJson(pair.senior().value(), pair.seniorName(), pair.mentor().value(), pair.mentorName(),
					pair.lastSessions(), pair.missed(), pair.lastSession());
		}

	}

}
