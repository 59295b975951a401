package org.tandem.logbook.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.LogChanged;
import org.tandem.logbook.Logbook;
import org.tandem.logbook.SessionLog;
import org.tandem.logbook.StepReached;
import org.tandem.organisations.UserId;
import org.tandem.organisations.UserNotFound;
import org.tandem.organisations.Users;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonNotFound;
import org.tandem.people.TopicWish;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.Participant;
import org.tandem.sessions.ParticipantRole;
import org.tandem.sessions.ParticipantStatus;
import org.tandem.sessions.Sessions;
import org.tandem.system.RuleViolated;

/**
 * The log page of one session, made for a mentor's phone: everyone booked is set to
 * present, the minutes to the planned length, and the topics the seniors asked for come
 * first with their steps. The same page corrects a logged session, with the revision it
 * showed, a reason and the log's history. A refused log is shown again as typed with the
 * message next to the field it names; a log someone else changed meanwhile is refused
 * with a link to reload it.
 */
@Controller
class LogController {

	/** Where the error summary takes the user for each field a refusal names. */
	private static final Map<String, String> ANCHORS = Map.of("attendance", "attendance", "minutes", "minutes", "steps",
			"steps", "topics", "steps", "feedback", "feedback", "note", "note", "reason", "reason");

	private final Logbook logbook;

	private final Sessions sessions;

	private final People people;

	private final Curriculum curriculum;

	private final Users users;

	private final MessageSource messages;

	private final Clock clock;

	LogController(Logbook logbook, Sessions sessions, People people, Curriculum curriculum, Users users,
			MessageSource messages, Clock clock) {
		this.logbook = logbook;
		this.sessions = sessions;
		this.people = people;
		this.curriculum = curriculum;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/sessions/occurrences/{occurrenceId}/log")
	@PreAuthorize(Access.LOG)
	String show(@PathVariable UUID occurrenceId, Model model, Locale locale) {
		OccurrenceId id = new OccurrenceId(occurrenceId);
		boolean onBehalf = this.logbook.requireMayLog(id);
		Optional<SessionLog> log = this.logbook.find(id);
		Sheet sheet = sheet(id, log, locale);
		LogForm form = log.map((found) -> LogForm.of(found.revision(), found.report()))
			.orElseGet(() -> LogForm.fresh(sheet.booked(), sheet.plannedMinutes()));
		return page(sheet, log, form, Map.of(), false, onBehalf, model, locale);
	}

	@PostMapping("/sessions/occurrences/{occurrenceId}/log")
	@PreAuthorize(Access.LOG)
	String record(@PathVariable UUID occurrenceId, @RequestParam MultiValueMap<String, String> parameters, Model model,
			Locale locale, HttpServletResponse response) {
		OccurrenceId id = new OccurrenceId(occurrenceId);
		LogForm form = LogForm.from(parameters);
		Map<String, String> errors = new LinkedHashMap<>();
		boolean stale = false;
		try {
			// The logbook checks who may log; the page asks again only to show a refusal.
			this.logbook.record(id, form.revision(), form.report(), form.reason().isBlank() ? null : form.reason());
			return "redirect:/sessions/occurrences/" + id + "/log/saved";
		}
		catch (RuleViolated refused) {
			errors.put(refused.field(), this.messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		catch (LogChanged changed) {
			response.setStatus(HttpStatus.CONFLICT.value());
			stale = true;
		}
		boolean onBehalf = this.logbook.requireMayLog(id);
		Optional<SessionLog> log = this.logbook.find(id);
		return page(sheet(id, log, locale), log, form, errors, stale, onBehalf, model, locale);
	}

	@GetMapping("/sessions/occurrences/{occurrenceId}/log/saved")
	@PreAuthorize(Access.LOG)
	String saved(@PathVariable UUID occurrenceId, Model model, Locale locale) {
		OccurrenceId id = new OccurrenceId(occurrenceId);
		boolean onBehalf = this.logbook.requireMayLog(id);
		SessionLog log = this.logbook.log(id);
		Occurrence occurrence = this.sessions.occurrence(id);
		model.addAttribute("log", log);
		model.addAttribute("sessionTitle", occurrence.title());
		model.addAttribute("when", when(occurrence, locale));
		model.addAttribute("present", log.report().attendance().values().stream().filter(Attendance::attended).count());
		model.addAttribute("booked", log.report().attendance().size());
		model.addAttribute("onBehalf", onBehalf);
		model.addAttribute("sessionId", occurrence.session().value());
		return "logbook/saved";
	}

	private String page(Sheet sheet, Optional<SessionLog> log, LogForm form, Map<String, String> errors, boolean stale,
			boolean onBehalf, Model model, Locale locale) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("anchors", ANCHORS);
		model.addAttribute("stale", stale);
		model.addAttribute("onBehalf", onBehalf);
		model.addAttribute("attendances", Attendance.values());
		model.addAttribute("levels", LearningLevel.values());
		model.addAttribute("faces", List.of(1, 2, 3, 4, 5));
		model.addAttribute("log", log.orElse(null));
		model.addAttribute("history", log.map((found) -> history(found, sheet, locale)).orElse(List.of()));
		return "logbook/log";
	}

	private List<History.Entry> history(SessionLog log, Sheet sheet, Locale locale) {
		Map<UUID, String> users = new HashMap<>();
		log.revisions().forEach((revision) -> {
			UUID by = revision.loggedBy();
			if (by != null && !users.containsKey(by)) {
				try {
					users.put(by, this.users.find(new UserId(by)).displayName());
				}
				catch (UserNotFound gone) {
					// A user removed since: the history says "a former user".
				}
			}
		});
		return new History(this.messages, locale, sheet.names(), sheet.stepTitles()).of(log, users,
				this.sessions.timeZone());
	}

	/** What the page shows of the session: its people and the curriculum to pick from. */
	private Sheet sheet(OccurrenceId id, Optional<SessionLog> log, Locale locale) {
		Occurrence occurrence = this.sessions.occurrence(id);
		List<Participant> booked = this.sessions.participants(occurrence.session())
			.stream()
			.filter((participant) -> participant.status() == ParticipantStatus.BOOKED)
			.sorted((a, b) -> a.role().compareTo(b.role()))
			.toList();
		Map<PersonId, String> names = new HashMap<>(
				this.people.names(booked.stream().map(Participant::person).toList()));
		List<PersonRow> rows = new ArrayList<>();
		List<PersonRow> seniors = new ArrayList<>();
		Map<TopicId, Integer> wanted = new HashMap<>();
		for (Participant participant : booked) {
			PersonRow row = new PersonRow(participant.person().toString(),
					names.getOrDefault(participant.person(), "–"), participant.role().name(), rows.size());
			rows.add(row);
			if (participant.role() == ParticipantRole.SENIOR) {
				seniors.add(row);
				for (TopicWish wish : wishes(participant.person())) {
					wanted.merge(wish.topic(), wish.priority(), Math::min);
				}
			}
		}
		List<StepId> logged = log.map((found) -> found.report().steps().stream().map(StepReached::step).toList())
			.orElse(List.of());
		Map<StepId, String> stepTitles = new HashMap<>();
		List<TopicRow> topics = new ArrayList<>();
		for (Topic topic : this.curriculum.topics()) {
			List<StepRow> steps = new ArrayList<>();
			for (Step step : topic.steps()) {
				stepTitles.put(step.id(), step.title().in(locale));
				if (!step.retired() || logged.contains(step.id())) {
					steps.add(new StepRow(step.id().toString(), step.title().in(locale)));
				}
			}
			topics.add(new TopicRow(topic.id().toString(), topic.name().in(locale), wanted.containsKey(topic.id()),
					wanted.getOrDefault(topic.id(), Integer.MAX_VALUE), steps));
		}
		List<TopicRow> ordered = new ArrayList<>(topics);
		ordered.sort((a, b) -> Integer.compare(a.priority(), b.priority()));
		boolean open = occurrence.isPlanned() && !occurrence.start().isAfter(this.clock.instant());
		return new Sheet(occurrence.id().value(), occurrence.session().value(), occurrence.title(),
				when(occurrence, locale), booked, rows, seniors, ordered, stepTitles, names,
				Duration.between(occurrence.start(), occurrence.end()).toMinutes(), occurrence.isPlanned(), open);
	}

	/** The topics a senior asked for; none if the senior has since been erased. */
	private List<TopicWish> wishes(PersonId senior) {
		try {
			return this.people.get(senior).profile().topics();
		}
		catch (PersonNotFound erased) {
			return List.of();
		}
	}

	private String when(Occurrence occurrence, Locale locale) {
		ZoneId zone = this.sessions.timeZone();
		ZonedDateTime start = occurrence.start().atZone(zone);
		String day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(start);
		return day.substring(0, 1).toUpperCase(locale) + day.substring(1) + ", " + start.toLocalTime() + "–"
				+ occurrence.end().atZone(zone).toLocalTime();
	}

	/**
	 * The session as the log page shows it.
	 *
	 * @param planned whether it was not called off
	 * @param open whether it can be logged now: planned, and started
	 */
	record Sheet(UUID occurrenceId, UUID sessionId, String title, String when, List<Participant> booked,
			List<PersonRow> people, List<PersonRow> seniors, List<TopicRow> topics, Map<StepId, String> stepTitles,
			Map<PersonId, String> names, long plannedMinutes, boolean planned, boolean open) {
	}

	/** Someone booked, with their place on the page. */
	record PersonRow(String id, String name, String role, int index) {
	}

	/**
	 * A topic of the curriculum; those the seniors asked for come first.
	 */
	record TopicRow(String id, String name, boolean wanted, int priority, List<StepRow> steps) {

		/** Whether the form has something for this topic, so it is shown opened. */
		public boolean touched(LogForm form) {
			return form.topics().contains(this.id) || this.steps.stream()
				.anyMatch((step) -> form.levels().keySet().stream().anyMatch((key) -> key.endsWith("." + step.id())));
		}

	}

	record StepRow(String id, String title) {
	}

}
