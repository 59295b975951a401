package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.People;
import org.tandem.people.PersonForMatching;
import org.tandem.programmes.Programme;
import org.tandem.programmes.Programmes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo organisation, as {@code ./mvnw spring-boot:run} creates it on first start, is
 * one a coordinator can try matching on: its programme has active seniors and mentors
 * with consents in place who can meet, and a senior who cannot be matched is told why in
 * words a coordinator can act on. The demo profile runs here on its own in-memory
 * database instead of its file under ./data.
 */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:h2:mem:tandem-demo-matching;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "spring.thymeleaf.cache=true" })
@ActiveProfiles({ "test", "demo" })
class DemoMatchingTest {

	static final String DEMO = "Tandem Demo – Skellefteå";

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	People people;

	@Autowired
	CandidateFinder finder;

	@Test
	void theDemoProgrammeHasSeniorsAndMentorsWhoCanBeMatched() {
		Organisation demo = this.organisations.findByName(DEMO).orElseThrow();
		this.organisations.actFor(demo, () -> {
			Programme programme = this.programmes.all().get(0);
			MatchingProblem problem = this.finder.find(CandidateRequest.fresh(programme.id())).problem();

			Set<Integer> seniors = new HashSet<>();
			Set<Integer> mentors = new HashSet<>();
			for (int pair = 0; pair < problem.candidates().size(); pair++) {
				seniors.add(problem.candidates().senior(pair));
				mentors.add(problem.candidates().mentor(pair));
			}
			assertThat(seniors).as("seniors with a candidate mentor").hasSizeGreaterThanOrEqualTo(3);
			assertThat(mentors).as("mentors with a candidate senior").hasSizeGreaterThanOrEqualTo(3);
			assertThat(new OptimalMatching().solve(problem).matchedCount()).isGreaterThanOrEqualTo(3);
		});
	}

	@Test
	void aDemoSeniorLeftWithoutAMentorIsToldWhy() {
		Organisation demo = this.organisations.findByName(DEMO).orElseThrow();
		this.organisations.actFor(demo, () -> {
			Programme programme = this.programmes.all().get(0);
			CandidateSet set = this.finder.find(CandidateRequest.fresh(programme.id()));
			List<UnmatchedReason> reasons = new ArrayList<>();
			for (PersonForMatching person : this.people.forMatching(programme.id())) {
				if (!person.isMentor()) {
					int senior = set.problem().seniorIndex(person.id().value());
					if (set.problem().pairsEnd(senior) == set.problem().pairsStart(senior)) {
						reasons.addAll(set.unmatchedReasons(person.id()));
					}
				}
			}

			assertThat(reasons).as("reasons of seniors without any candidate")
				.isNotEmpty()
				.allSatisfy((reason) -> assertThat(reason.code())
					.isNotEqualTo(UnmatchedReason.Code.MENTORS_TAKEN_BY_OTHERS));
		});
	}

}
