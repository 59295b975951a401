package org.tandem.curriculum.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.DigCompCompetence;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.StepId;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.curriculum.web.CurriculumJson.CompetenceJson;
import org.tandem.curriculum.web.CurriculumJson.StepJson;
import org.tandem.curriculum.web.CurriculumJson.TopicJson;

/**
 * The organisation's curriculum: everyone who helps run programmes (and analysts) reads
 * it, admins edit it. Steps are never deleted, only retired.
 */
@RestController
class CurriculumApi {

	static final String READERS = "hasAnyRole('ADMIN', 'COORDINATOR', 'MENTOR', 'VENUE_STAFF', 'ANALYST')";

	static final String EDITORS = "hasRole('ADMIN')";

	private final Curriculum curriculum;

	CurriculumApi(Curriculum curriculum) {
		this.curriculum = curriculum;
	}

	/** Every topic in catalogue order, with all its steps. */
	@GetMapping("/api/v1/topics")
	@PreAuthorize(READERS)
	List<TopicJson> topics() {
		return this.curriculum.topics().stream().map(TopicJson::of).toList();
	}

	@GetMapping("/api/v1/topics/{id}")
	@PreAuthorize(READERS)
	TopicJson topic(@PathVariable UUID id) {
		return TopicJson.of(this.curriculum.topic(new TopicId(id)));
	}

	@PostMapping("/api/v1/topics")
	@PreAuthorize(EDITORS)
	ResponseEntity<TopicJson> createTopic(@Valid @RequestBody CurriculumRequests.CreateTopic request) {
		Topic topic = this.curriculum.createTopic(request.toNewTopic());
		return ResponseEntity.created(URI.create("/api/v1/topics/" + topic.id())).body(TopicJson.of(topic));
	}

	@PutMapping("/api/v1/topics/{id}")
	@PreAuthorize(EDITORS)
	TopicJson changeTopic(@PathVariable UUID id, @Valid @RequestBody CurriculumRequests.ChangeTopic request) {
		return TopicJson.of(this.curriculum.changeTopic(new TopicId(id), request.toChanges()));
	}

	@PostMapping("/api/v1/topics/{id}/steps")
	@PreAuthorize(EDITORS)
	ResponseEntity<StepJson> addStep(@PathVariable UUID id, @Valid @RequestBody CurriculumRequests.CreateStep request) {
		Step step = this.curriculum.addStep(new TopicId(id), request.toNewStep());
		return ResponseEntity.created(URI.create("/api/v1/steps/" + step.id())).body(StepJson.of(step));
	}

	/** A step by its id, retired or not. */
	@GetMapping("/api/v1/steps/{id}")
	@PreAuthorize(READERS)
	StepJson step(@PathVariable UUID id) {
		return StepJson.of(this.curriculum.step(new StepId(id)));
	}

	@PutMapping("/api/v1/steps/{id}")
	@PreAuthorize(EDITORS)
	StepJson changeStep(@PathVariable UUID id, @Valid @RequestBody CurriculumRequests.ChangeStep request) {
		return StepJson.of(this.curriculum.changeStep(new StepId(id), request.toChanges()));
	}

	/** Retires a step: still readable by its id, no longer offered for new use. */
	@PostMapping("/api/v1/steps/{id}/retire")
	@PreAuthorize(EDITORS)
	StepJson retireStep(@PathVariable UUID id, @Valid @RequestBody CurriculumRequests.StepVersion request) {
		return StepJson.of(this.curriculum.retireStep(new StepId(id), request.version()));
	}

	@PostMapping("/api/v1/steps/{id}/reinstate")
	@PreAuthorize(EDITORS)
	StepJson reinstateStep(@PathVariable UUID id, @Valid @RequestBody CurriculumRequests.StepVersion request) {
		return StepJson.of(this.curriculum.reinstateStep(new StepId(id), request.version()));
	}

	/** The 21 DigComp 2.2 competences that steps map to, with their names. */
	@GetMapping("/api/v1/digcomp/competences")
	@PreAuthorize(READERS)
	List<CompetenceJson> competences() {
		return Arrays.stream(DigCompCompetence.values()).map(CompetenceJson::of).toList();
	}

}
