package org.tandem.demo;

import org.springframework.context.ApplicationContext;
import org.tandem.organisations.Organisation;

/**
 * Lets tests of other modules write a small national-style registry with the seeded
 * generator: venues in many municipalities, mentors and seniors near them, in the shares
 * {@link NordicPeople} gives.
 */
public final class GeneratedRegistry {

	private GeneratedRegistry() {
	}

	/** Creates an organisation named {@code name} with one programme and fills it. */
	public static Organisation write(ApplicationContext app, String name, int seniors, int mentors, int venues,
			long seed) {
		return app.getBean(NationalDataset.class)
			.generate(name, new NationalDataset.Size(seniors, mentors, venues), seed);
	}

}
