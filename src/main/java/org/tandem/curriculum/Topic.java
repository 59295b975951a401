package org.tandem.curriculum;

import java.util.List;

/**
 * A read-only view of a topic (BankID, Swish, recognising scams, ...) with all its
 * learning steps in order, retired ones included and marked.
 *
 * @param id the topic's id
 * @param code a stable lower-case code, unique in the organisation, that imports and
 * other modules may use ({@code bankid}, {@code 1177})
 * @param position where the topic comes in the catalogue, from 1
 * @param name the topic's name
 * @param description a sentence or two on what the topic is about
 * @param steps every step, in order, retired ones included
 * @param version the version an edit must name, so a stale edit is refused
 */
public record Topic(TopicId id, String code, int position, LocalizedText name, LocalizedText description,
		List<Step> steps, int version) {

	public Topic {
		steps = List.copyOf(steps);
	}

	/** The steps that are offered for new use: every step that is not retired. */
	public List<Step> activeSteps() {
		return this.steps.stream().filter((step) -> !step.retired()).toList();
	}

	/** How many steps are retired: kept for history, no longer offered. */
	public long retiredStepCount() {
		return this.steps.stream().filter(Step::retired).count();
	}

}
