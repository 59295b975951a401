package org.tandem.curriculum;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A read-only view of a learning step: one concrete thing a senior learns ("Send money to
 * a contact with Swish"). Steps are never deleted, because session logs and learning
 * passports point at them; a step that is no longer taught is retired.
 *
 * @param id the step's id
 * @param topicId the topic it belongs to
 * @param position where it comes in its topic, from 1
 * @param title what the senior learns
 * @param competence the DigComp 2.2 competence it builds
 * @param level the DigComp proficiency level a senior reaches with it
 * @param devices the devices the step has its own instructions for; empty when the step
 * is the same on every device
 * @param retired whether it is kept only for history and no longer offered for new use
 * @param version the version an edit must name, so a stale edit is refused
 */
public record Step(StepId id, TopicId topicId, int position, LocalizedText title, DigCompCompetence competence,
		ProficiencyLevel level, Set<Device> devices, boolean retired, int version) {

	public Step {
		devices = inOrder(devices);
	}

	/**
	 * The devices in the enum's order, so that lists show them the same way each time.
	 */
	static Set<Device> inOrder(Set<Device> devices) {
		return devices.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(devices));
	}

	/** Whether the step is the same on every device. */
	public boolean deviceIndependent() {
		return this.devices.isEmpty();
	}

}
