package org.tandem.demo;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tandem.organisations.Organisations;

/**
 * The {@code national} profile: writes a national-scale dataset (by default 100,000
 * seniors, 30,000 mentors and 2,000 venues) into the configured database once, then
 * stops. See the README for the command.
 */
@Component
@Profile("national")
class NationalDatasetCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NationalDatasetCommand.class);

	private final NationalDataset dataset;

	private final Organisations organisations;

	private final Settings settings;

	private final ConfigurableApplicationContext context;

	NationalDatasetCommand(NationalDataset dataset, Organisations organisations, Settings settings,
			ConfigurableApplicationContext context) {
		this.dataset = dataset;
		this.organisations = organisations;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String name = this.settings.organisationOrDefault();
		if (this.organisations.findByName(name).isPresent()) {
			log.info("National dataset: organisation '{}' exists already; nothing written", name);
		}
		else {
			long start = System.nanoTime();
			this.dataset.generate(name, this.settings.size(), this.settings.seedOrDefault());
			log.info("National dataset '{}' written in {}", name, Duration.ofNanos(System.nanoTime() - start));
		}
		if (this.settings.exitOrDefault()) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

	/**
	 * What to generate.
	 *
	 * @param organisation the organisation's name
	 * @param seniors number of seniors
	 * @param mentors number of mentors
	 * @param venues number of venues
	 * @param seed the generator's seed
	 * @param exit stop the application when done
	 */
	@ConfigurationProperties("tandem.national")
	record Settings(String organisation, Integer seniors, Integer mentors, Integer venues, Long seed, Boolean exit) {

		String organisationOrDefault() {
			return (this.organisation != null && !this.organisation.isBlank()) ? this.organisation : "Tandem Nationell";
		}

		NationalDataset.Size size() {
			NationalDataset.Size national = NationalDataset.Size.NATIONAL;
			return new NationalDataset.Size((this.seniors != null) ? this.seniors : national.seniors(),
					(this.mentors != null) ? this.mentors : national.mentors(),
					(this.venues != null) ? this.venues : national.venues());
		}

		long seedOrDefault() {
			return (this.seed != null) ? this.seed : 2026L;
		}

		boolean exitOrDefault() {
			return this.exit == null || this.exit;
		}

	}

}
