package org.tandem.curriculum.web;

import java.util.List;
import java.util.UUID;

import org.tandem.curriculum.Device;
import org.tandem.curriculum.DigCompCompetence;
import org.tandem.curriculum.LocalizedText;
import org.tandem.curriculum.Step;
import org.tandem.curriculum.Topic;

/**
 * What the curriculum API answers: plain ids, DigComp codes and both languages of every
 * text.
 */
final class CurriculumJson {

	private CurriculumJson() {
	}

	/**
	 * A topic with all its steps, retired ones included and marked.
	 */
	record TopicJson(UUID id, String code, int position, LocalizedText name, LocalizedText description,
			List<StepJson> steps, int version) {

		static TopicJson of(Topic topic) {
			return new TopicJson(topic.id().value(), topic.code(), topic.position(), topic.name(), topic.description(),
					topic.steps().stream().map(StepJson::of).toList(), topic.version());
		}

	}

	/**
	 * A learning step.
	 *
	 * @param competence the DigComp 2.2 code, for example {@code 4.2}
	 * @param level the DigComp proficiency level, 1 to 8
	 * @param devices the devices it has its own instructions for; empty for every device
	 */
	record StepJson(UUID id, UUID topicId, int position, LocalizedText title, String competence, int level,
			List<Device> devices, boolean retired, int version) {

		static StepJson of(Step step) {
			return new StepJson(step.id().value(), step.topicId().value(), step.position(), step.title(),
					step.competence().code(), step.level().value(), List.copyOf(step.devices()), step.retired(),
					step.version());
		}

	}

	/**
	 * A DigComp 2.2 competence, for clients that show the codes' names.
	 */
	record CompetenceJson(String code, int area, LocalizedText areaName, LocalizedText name) {

		static CompetenceJson of(DigCompCompetence competence) {
			return new CompetenceJson(competence.code(), competence.area().number(), competence.area().title(),
					competence.title());
		}

	}

}
