package org.tandem.curriculum;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.system.Tenancy;

/**
 * The current organisation's curriculum: its topics and their learning steps, which
 * everyone in the organisation may read and its admins may edit. Edits never break
 * history: steps are renamed, moved or retired, never deleted, and a retired step stays
 * readable by its id.
 */
@Service
public class Curriculum {

	private final CurriculumRepository repository;

	private final CatalogueCache cache;

	private final Tenancy tenancy;

	private final Clock clock;

	Curriculum(CurriculumRepository repository, CatalogueCache cache, Tenancy tenancy, Clock clock) {
		this.repository = repository;
		this.cache = cache;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/**
	 * Every topic in catalogue order, each with all its steps in order. Held in memory
	 * while the catalogue does not change: one small query then checks that it has not.
	 */
	@Transactional(readOnly = true)
	public List<Topic> topics() {
		return this.cache.topics(this.tenancy.current(), this.repository.version(), this::readTopics);
	}

	private List<Topic> readTopics() {
		Map<TopicId, List<Step>> steps = this.repository.allSteps()
			.stream()
			.collect(Collectors.groupingBy(Step::topicId));
		return this.repository.topics()
			.stream()
			.map((topic) -> topic.with(sorted(steps.getOrDefault(topic.id(), List.of()))))
			.toList();
	}

	/**
	 * A topic with all its steps.
	 * @throws TopicNotFound if the current organisation has no such topic
	 */
	@Transactional(readOnly = true)
	public Topic topic(TopicId id) {
		TopicRow topic = this.repository.findTopic(id).orElseThrow(() -> new TopicNotFound(id));
		return topic.with(this.repository.stepsOf(id));
	}

	/**
	 * Whether the current organisation has this topic, for modules that refer to topics.
	 */
	@Transactional(readOnly = true)
	public boolean exists(TopicId id) {
		return this.repository.findTopic(id).isPresent();
	}

	/** The topic with this code (case-insensitive), for imports and other modules. */
	@Transactional(readOnly = true)
	public Optional<Topic> topicByCode(String code) {
		return this.repository.findTopicByCode(NewTopic.normalisedCode(code))
			.map((topic) -> topic.with(this.repository.stepsOf(topic.id())));
	}

	/**
	 * A learning step, retired or not.
	 * @throws StepNotFound if the current organisation has no such step
	 */
	@Transactional(readOnly = true)
	public Step step(StepId id) {
		return this.repository.findStep(id).orElseThrow(() -> new StepNotFound(id));
	}

	/**
	 * These learning steps, retired or not, read in one query for a form that names many
	 * (a session's log).
	 * @return the steps the current organisation has; ids it does not have are left out
	 */
	@Transactional(readOnly = true)
	public Map<StepId, Step> steps(Collection<StepId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<StepId, Step> found = new HashMap<>();
		this.repository.findSteps(Set.copyOf(ids)).forEach((step) -> found.put(step.id(), step));
		return found;
	}

	/**
	 * Those of these topics the current organisation has, read in one query.
	 */
	@Transactional(readOnly = true)
	public Set<TopicId> existing(Collection<TopicId> ids) {
		return ids.isEmpty() ? Set.of() : this.repository.existingTopics(Set.copyOf(ids));
	}

	/**
	 * Adds a topic at the end of the catalogue, with no steps yet.
	 * @throws TopicCodeTaken if the organisation already has a topic with this code
	 */
	@Transactional
	public Topic createTopic(NewTopic newTopic) {
		if (this.repository.codeExists(newTopic.code())) {
			throw new TopicCodeTaken(newTopic.code());
		}
		TopicRow topic = new TopicRow(new TopicId(UUID.randomUUID()), newTopic.code(),
				this.repository.lastTopicPosition() + 1, newTopic.name(), newTopic.description(), 0);
		try {
			this.repository.insertTopic(topic, now());
		}
		catch (DuplicateKeyException raced) {
			throw new TopicCodeTaken(newTopic.code());
		}
		return topic.with(List.of());
	}

	/**
	 * Renames, describes anew or moves a topic. Topics that shift to make room get a new
	 * version too.
	 * @throws TopicNotFound if the current organisation has no such topic
	 * @throws OptimisticLockingFailureException if someone changed the topic since
	 * {@code changes.version()}
	 */
	@Transactional
	public Topic changeTopic(TopicId id, TopicChanges changes) {
		TopicRow before = this.repository.findTopic(id).orElseThrow(() -> new TopicNotFound(id));
		List<TopicRow> all = this.repository.topics();
		List<TopicId> order = new ArrayList<>(all.stream().map(TopicRow::id).toList());
		Map<TopicId, Integer> positions = all.stream().collect(Collectors.toMap(TopicRow::id, TopicRow::position));
		int position = moved(order, before.id(), changes.position());
		if (!this.repository.updateTopic(id, changes.version(), position, changes.name(), changes.description())) {
			throw new OptimisticLockingFailureException("Topic " + id + " changed since version " + changes.version());
		}
		renumberOthers(order, id, positions::get, this.repository::moveTopic);
		return topic(id);
	}

	/**
	 * Adds a learning step at the end of a topic.
	 * @throws TopicNotFound if the current organisation has no such topic
	 */
	@Transactional
	public Step addStep(TopicId topicId, NewStep newStep) {
		this.repository.findTopic(topicId).orElseThrow(() -> new TopicNotFound(topicId));
		Step step = new Step(new StepId(UUID.randomUUID()), topicId, this.repository.lastStepPosition(topicId) + 1,
				newStep.title(), newStep.competence(), newStep.level(), newStep.devices(), false, 0);
		this.repository.insertStep(step, now());
		return step;
	}

	/**
	 * Renames, re-maps or moves a learning step within its topic. Steps that shift to
	 * make room get a new version too.
	 * @throws StepNotFound if the current organisation has no such step
	 * @throws OptimisticLockingFailureException if someone changed the step since
	 * {@code changes.version()}
	 */
	@Transactional
	public Step changeStep(StepId id, StepChanges changes) {
		Step before = step(id);
		List<Step> siblings = this.repository.stepsOf(before.topicId());
		List<StepId> order = new ArrayList<>(siblings.stream().map(Step::id).toList());
		Map<StepId, Integer> positions = siblings.stream().collect(Collectors.toMap(Step::id, Step::position));
		int position = moved(order, id, changes.position());
		if (!this.repository.updateStep(id, changes.version(), position, changes.title(), changes.competence(),
				changes.level(), changes.devices())) {
			throw new OptimisticLockingFailureException("Step " + id + " changed since version " + changes.version());
		}
		renumberOthers(order, id, positions::get, this.repository::moveStep);
		return step(id);
	}

	/**
	 * Retires a step: it stays readable by its id and in its topic, marked, for the
	 * history that points at it, but is no longer offered for new use.
	 * @throws StepNotFound if the current organisation has no such step
	 * @throws OptimisticLockingFailureException if someone changed the step since
	 * {@code version}
	 */
	@Transactional
	public Step retireStep(StepId id, int version) {
		return setRetired(id, version, true);
	}

	/**
	 * Offers a retired step for new use again.
	 * @throws StepNotFound if the current organisation has no such step
	 * @throws OptimisticLockingFailureException if someone changed the step since
	 * {@code version}
	 */
	@Transactional
	public Step reinstateStep(StepId id, int version) {
		return setRetired(id, version, false);
	}

	private Step setRetired(StepId id, int version, boolean retired) {
		step(id);
		if (!this.repository.setRetired(id, version, retired)) {
			throw new OptimisticLockingFailureException("Step " + id + " changed since version " + version);
		}
		return step(id);
	}

	/**
	 * Moves {@code id} within {@code order} to {@code position} (from 1, clamped to the
	 * list) and answers the position it got.
	 */
	private static <T> int moved(List<T> order, T id, int position) {
		order.remove(id);
		int index = Math.max(0, Math.min(position - 1, order.size()));
		order.add(index, id);
		return index + 1;
	}

	/** Saves the new position of every other item whose position changed. */
	private static <T> void renumberOthers(List<T> order, T moved, Function<T, Integer> oldPosition,
			BiConsumer<T, Integer> move) {
		for (int index = 0; index < order.size(); index++) {
			T item = order.get(index);
			if (!item.equals(moved) && oldPosition.apply(item) != index + 1) {
				move.accept(item, index + 1);
			}
		}
	}

	private static List<Step> sorted(List<Step> steps) {
		List<Step> sorted = new ArrayList<>(steps);
		sorted.sort((left, right) -> Integer.compare(left.position(), right.position()));
		return sorted;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
