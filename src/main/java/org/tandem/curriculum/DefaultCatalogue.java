package org.tandem.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue every organisation starts from: topics and learning steps that fit older
 * people in the Nordics, in Swedish and English, read from
 * {@code curriculum/default-catalogue.json}. An organisation's admins may then edit their
 * own copy.
 */
@Component
class DefaultCatalogue {

	static final String RESOURCE = "curriculum/default-catalogue.json";

	private static final Logger log = LoggerFactory.getLogger(DefaultCatalogue.class);

	private final CurriculumRepository repository;

	private final Clock clock;

	private final List<Entry> entries;

	DefaultCatalogue(CurriculumRepository repository, Clock clock, ObjectMapper json) {
		this.repository = repository;
		this.clock = clock;
		this.entries = read(json);
	}

	/**
	 * Gives the current organisation the default catalogue, unless it has topics already:
	 * running it twice changes nothing.
	 * @return whether the catalogue was added
	 */
	@Transactional
	boolean seedCurrentOrganisation() {
		if (this.repository.countTopics() > 0) {
			return false;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		int topicPosition = 0;
		for (Entry entry : this.entries) {
			TopicRow topic = new TopicRow(new TopicId(UUID.randomUUID()), entry.code(), ++topicPosition, entry.name(),
					entry.description(), 0);
			this.repository.insertTopic(topic, now);
			int stepPosition = 0;
			for (StepEntry step : entry.steps()) {
				this.repository.insertStep(new Step(new StepId(UUID.randomUUID()), topic.id(), ++stepPosition,
						step.title(), DigCompCompetence.of(step.competence()), ProficiencyLevel.of(step.level()),
						step.devices(), false, 0), now);
			}
		}
		log.info("Added the default curriculum: {} topics", this.entries.size());
		return true;
	}

	List<Entry> entries() {
		return this.entries;
	}

	static List<Entry> read(ObjectMapper json) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return List.of(json.readValue(in, Entry[].class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	/**
	 * A topic of the default catalogue.
	 *
	 * @param code its stable code
	 * @param name its name
	 * @param description what it is about
	 * @param steps its learning steps in order
	 */
	record Entry(String code, LocalizedText name, LocalizedText description, List<StepEntry> steps) {

		Entry {
			code = new NewTopic(code, name, description).code();
			steps = List.copyOf(steps);
		}

	}

	/**
	 * A learning step of the default catalogue.
	 *
	 * @param title what the senior learns
	 * @param competence the DigComp 2.2 code
	 * @param level the proficiency level, 1 to 8
	 * @param devices the devices it has its own instructions for
	 */
	record StepEntry(LocalizedText title, String competence, int level, Set<Device> devices) {

		StepEntry {
			DigCompCompetence.of(competence);
			ProficiencyLevel.of(level);
			devices = (devices != null) ? Set.copyOf(devices) : Set.of();
		}

	}

}
