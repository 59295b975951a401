package org.tandem.curriculum;

import java.util.Set;

/**
 * What an admin gives to add a learning step to the end of a topic.
 *
 * @param title what the senior learns
 * @param competence the DigComp 2.2 competence it builds
 * @param level the proficiency level a senior reaches with it
 * @param devices the devices it has its own instructions for; empty for every device
 */
public record NewStep(LocalizedText title, DigCompCompetence competence, ProficiencyLevel level, Set<Device> devices) {

	public NewStep {
		devices = Step.inOrder(devices);
	}

}
