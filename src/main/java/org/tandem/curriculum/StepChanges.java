package org.tandem.curriculum;

import java.util.Set;

/**
 * An admin's edit of a learning step, made against the version they saw: rename, move
 * within its topic, or map it differently. Retiring is a separate operation.
 *
 * @param version the version the admin saw; a stale edit is refused
 * @param position where the step should come in its topic, from 1; past the end puts it
 * last
 * @param title what the senior learns
 * @param competence the DigComp 2.2 competence it builds
 * @param level the proficiency level a senior reaches with it
 * @param devices the devices it has its own instructions for; empty for every device
 */
public record StepChanges(int version, int position, LocalizedText title, DigCompCompetence competence,
		ProficiencyLevel level, Set<Device> devices) {

	public StepChanges {
		if (position < 1) {
			throw new IllegalArgumentException("Positions start at 1");
		}
		devices = Step.inOrder(devices);
	}

}
