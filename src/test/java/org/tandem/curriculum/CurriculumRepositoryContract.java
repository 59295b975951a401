package org.tandem.curriculum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;
import org.tandem.system.TenantJdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The curriculum tables, as both databases must behave: the real repository on a real
 * database (H2 in PostgreSQL mode, or PostgreSQL itself), each test in a transaction that
 * is rolled back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TenantJdbc.class, Tenancy.class, CurriculumRepository.class })
abstract class CurriculumRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	CurriculumRepository curriculum;

	@Autowired
	TenantJdbc jdbc;

	@Autowired
	Tenancy tenancy;

	OrganisationId umea;

	OrganisationId limerick;

	@BeforeEach
	void twoOrganisations() {
		this.umea = newOrganisation("Umeå");
		this.limerick = newOrganisation("Limerick");
	}

	/**
	 * The organisation table belongs to another module; the test makes its rows directly
	 * so that this contract needs nothing but the curriculum's own repository.
	 */
	OrganisationId newOrganisation(String name) {
		OrganisationId id = new OrganisationId(UUID.randomUUID());
		this.jdbc.crossTenant("""
				insert into organisation (id, name, default_locale, time_zone, created_at)
				values (:id, :name, 'sv', 'Europe/Stockholm', :createdAt)
				""")
			.param("id", id.value())
			.param("name", name + " " + id.value().toString().substring(0, 8))
			.param("createdAt", Timestamp.from(NOW))
			.update();
		return id;
	}

	TopicRow newTopic(OrganisationId organisation, String code, int position) {
		TopicRow topic = new TopicRow(new TopicId(UUID.randomUUID()), code, position,
				new LocalizedText("Ämne " + code, "Topic " + code),
				new LocalizedText("Om " + code + ", på svenska", "About " + code), 0);
		this.tenancy.runAs(organisation, () -> this.curriculum.insertTopic(topic, NOW));
		return topic;
	}

	Step newStep(OrganisationId organisation, TopicId topic, int position, Set<Device> devices) {
		Step step = new Step(new StepId(UUID.randomUUID()), topic, position,
				new LocalizedText("Skicka pengar med Swish " + position, "Send money with Swish " + position),
				DigCompCompetence.ENGAGING_IN_CITIZENSHIP, ProficiencyLevel.of(2), devices, false, 0);
		this.tenancy.runAs(organisation, () -> this.curriculum.insertStep(step, NOW));
		return step;
	}

	<T> T as(OrganisationId organisation, java.util.function.Supplier<T> work) {
		return this.tenancy.callAs(organisation, work);
	}

	@Test
	void findsATopicOnlyInItsOwnOrganisation() {
		TopicRow swish = newTopic(this.umea, "swish", 1);

		assertThat(as(this.umea, () -> this.curriculum.findTopic(swish.id()))).contains(swish);
		assertThat(as(this.umea, () -> this.curriculum.findTopicByCode("swish"))).contains(swish);
		assertThat(as(this.limerick, () -> this.curriculum.findTopic(swish.id()))).isEmpty();
		assertThat(as(this.limerick, () -> this.curriculum.findTopicByCode("swish"))).isEmpty();
		assertThat(as(this.limerick, () -> this.curriculum.topics())).isEmpty();
	}

	@Test
	void listsTopicsInTheirOrder() {
		newTopic(this.umea, "scams", 3);
		newTopic(this.umea, "bankid", 1);
		newTopic(this.umea, "swish", 2);
		newTopic(this.limerick, "aaa", 1);

		assertThat(as(this.umea, () -> this.curriculum.topics())).extracting(TopicRow::code)
			.containsExactly("bankid", "swish", "scams");
		assertThat(as(this.umea, () -> this.curriculum.countTopics())).isEqualTo(3);
		assertThat(as(this.umea, () -> this.curriculum.lastTopicPosition())).isEqualTo(3);
	}

	@Test
	void keepsCodesUniqueWithinAnOrganisationOnly() {
		newTopic(this.umea, "bankid", 1);
		newTopic(this.limerick, "bankid", 1);

		assertThat(as(this.umea, () -> this.curriculum.codeExists("bankid"))).isTrue();
		assertThat(as(this.umea, () -> this.curriculum.codeExists("swish"))).isFalse();
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> newTopic(this.umea, "bankid", 2));
	}

	@Test
	void refusesAStaleTopicEdit() {
		TopicRow topic = newTopic(this.umea, "kivra", 1);
		LocalizedText description = topic.description();

		boolean first = as(this.umea, () -> this.curriculum.updateTopic(topic.id(), 0, 1,
				new LocalizedText("Kivra-brevlådan", "The Kivra mailbox"), description));
		boolean stale = as(this.umea, () -> this.curriculum.updateTopic(topic.id(), 0, 1,
				new LocalizedText("Gammal", "Old copy"), description));

		assertThat(first).isTrue();
		assertThat(stale).isFalse();
		TopicRow saved = as(this.umea, () -> this.curriculum.findTopic(topic.id())).orElseThrow();
		assertThat(saved.name().en()).isEqualTo("The Kivra mailbox");
		assertThat(saved.version()).isEqualTo(1);
	}

	@Test
	void cannotEditATopicOfAnotherOrganisation() {
		TopicRow topic = newTopic(this.umea, "kivra", 1);

		boolean changed = as(this.limerick, () -> this.curriculum.updateTopic(topic.id(), 0, 1,
				new LocalizedText("Kapad", "Hijacked"), topic.description()));
		as(this.limerick, () -> {
			this.curriculum.moveTopic(topic.id(), 9);
			return null;
		});

		assertThat(changed).isFalse();
		TopicRow saved = as(this.umea, () -> this.curriculum.findTopic(topic.id())).orElseThrow();
		assertThat(saved).isEqualTo(topic);
	}

	@Test
	void savesAStepWithItsMappingAndDeviceVariants() {
		TopicRow topic = newTopic(this.umea, "swish", 1);
		Step phones = newStep(this.umea, topic.id(), 1, Set.of(Device.ANDROID_PHONE, Device.IPHONE));
		Step everywhere = newStep(this.umea, topic.id(), 2, Set.of());

		Step saved = as(this.umea, () -> this.curriculum.findStep(phones.id())).orElseThrow();

		assertThat(saved).isEqualTo(phones);
		assertThat(saved.competence().code()).isEqualTo("2.3");
		assertThat(saved.level().value()).isEqualTo(2);
		assertThat(saved.devices()).containsExactly(Device.IPHONE, Device.ANDROID_PHONE);
		assertThat(as(this.umea, () -> this.curriculum.findStep(everywhere.id())).orElseThrow().devices()).isEmpty();
	}

	@Test
	void listsATopicsStepsInOrderAndEveryStepOfTheOrganisation() {
		TopicRow swish = newTopic(this.umea, "swish", 1);
		TopicRow bankid = newTopic(this.umea, "bankid", 2);
		Step third = newStep(this.umea, swish.id(), 3, Set.of());
		Step first = newStep(this.umea, swish.id(), 1, Set.of());
		Step second = newStep(this.umea, swish.id(), 2, Set.of());
		newStep(this.umea, bankid.id(), 1, Set.of());
		TopicRow elsewhere = newTopic(this.limerick, "swish", 1);
		newStep(this.limerick, elsewhere.id(), 1, Set.of());

		List<Step> steps = as(this.umea, () -> this.curriculum.stepsOf(swish.id()));

		assertThat(steps).containsExactly(first, second, third);
		assertThat(as(this.umea, () -> this.curriculum.allSteps())).hasSize(4);
		assertThat(as(this.umea, () -> this.curriculum.lastStepPosition(swish.id()))).isEqualTo(3);
		assertThat(as(this.limerick, () -> this.curriculum.stepsOf(swish.id()))).isEmpty();
	}

	@Test
	void findsAStepOnlyInItsOwnOrganisation() {
		TopicRow topic = newTopic(this.umea, "swish", 1);
		Step step = newStep(this.umea, topic.id(), 1, Set.of());

		assertThat(as(this.limerick, () -> this.curriculum.findStep(step.id()))).isEmpty();
		assertThat(as(this.limerick, () -> this.curriculum.setRetired(step.id(), 0, true))).isFalse();
		assertThat(as(this.limerick, () -> this.curriculum.updateStep(step.id(), 0, 1, step.title(),
				DigCompCompetence.NETIQUETTE, ProficiencyLevel.of(8), Set.of())))
			.isFalse();
		assertThat(as(this.umea, () -> this.curriculum.findStep(step.id()))).contains(step);
	}

	@Test
	void readsManyStepsAndTopicsByIdOnlyInTheirOwnOrganisation() {
		TopicRow swish = newTopic(this.umea, "swish", 1);
		TopicRow bankid = newTopic(this.umea, "bankid", 2);
		Step first = newStep(this.umea, swish.id(), 1, Set.of());
		Step second = newStep(this.umea, bankid.id(), 1, Set.of());
		TopicRow elsewhere = newTopic(this.limerick, "swish", 1);
		Step theirs = newStep(this.limerick, elsewhere.id(), 1, Set.of());
		StepId unknown = new StepId(UUID.randomUUID());

		assertThat(
				as(this.umea, () -> this.curriculum.findSteps(List.of(first.id(), second.id(), theirs.id(), unknown))))
			.containsExactlyInAnyOrder(first, second);
		assertThat(as(this.limerick, () -> this.curriculum.findSteps(List.of(first.id(), theirs.id()))))
			.containsExactly(theirs);
		assertThat(as(this.umea,
				() -> this.curriculum
					.existingTopics(List.of(swish.id(), bankid.id(), elsewhere.id(), new TopicId(UUID.randomUUID())))))
			.containsExactlyInAnyOrder(swish.id(), bankid.id());
		assertThat(as(this.limerick, () -> this.curriculum.existingTopics(List.of(swish.id())))).isEmpty();
	}

	@Test
	void neverPutsAStepUnderAnotherOrganisationsTopic() {
		TopicRow umeasTopic = newTopic(this.umea, "swish", 1);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> newStep(this.limerick, umeasTopic.id(), 1, Set.of()));
	}

	@Test
	void refusesAStaleStepEdit() {
		TopicRow topic = newTopic(this.umea, "swish", 1);
		Step step = newStep(this.umea, topic.id(), 1, Set.of());
		LocalizedText renamed = new LocalizedText("Swisha en vän", "Swish a friend");

		boolean first = as(this.umea, () -> this.curriculum.updateStep(step.id(), 0, 1, renamed,
				DigCompCompetence.INTERACTING, ProficiencyLevel.of(3), Set.of(Device.IPHONE)));
		boolean stale = as(this.umea, () -> this.curriculum.updateStep(step.id(), 0, 1, step.title(), step.competence(),
				step.level(), Set.of()));

		assertThat(first).isTrue();
		assertThat(stale).isFalse();
		Step saved = as(this.umea, () -> this.curriculum.findStep(step.id())).orElseThrow();
		assertThat(saved.title()).isEqualTo(renamed);
		assertThat(saved.competence()).isEqualTo(DigCompCompetence.INTERACTING);
		assertThat(saved.level()).isEqualTo(ProficiencyLevel.of(3));
		assertThat(saved.devices()).containsExactly(Device.IPHONE);
		assertThat(saved.version()).isEqualTo(1);
	}

	@Test
	void aRetiredStepStaysReadableAndCanBeReinstated() {
		TopicRow topic = newTopic(this.umea, "swish", 1);
		Step step = newStep(this.umea, topic.id(), 1, Set.of());

		boolean retired = as(this.umea, () -> this.curriculum.setRetired(step.id(), 0, true));
		Step afterRetiring = as(this.umea, () -> this.curriculum.findStep(step.id())).orElseThrow();
		List<Step> stepsAfterRetiring = as(this.umea, () -> this.curriculum.stepsOf(topic.id()));
		boolean staleReinstating = as(this.umea, () -> this.curriculum.setRetired(step.id(), 0, false));
		boolean reinstated = as(this.umea, () -> this.curriculum.setRetired(step.id(), 1, false));

		assertThat(retired).isTrue();
		assertThat(afterRetiring.retired()).isTrue();
		assertThat(afterRetiring.version()).isEqualTo(1);
		assertThat(stepsAfterRetiring).containsExactly(afterRetiring);
		assertThat(staleReinstating).isFalse();
		assertThat(reinstated).isTrue();
		assertThat(as(this.umea, () -> this.curriculum.findStep(step.id())).orElseThrow().retired()).isFalse();
	}

	@Test
	void aStepThatShiftsGetsANewVersion() {
		TopicRow topic = newTopic(this.umea, "swish", 1);
		Step step = newStep(this.umea, topic.id(), 1, Set.of());

		as(this.umea, () -> {
			this.curriculum.moveStep(step.id(), 2);
			return null;
		});

		Step moved = as(this.umea, () -> this.curriculum.findStep(step.id())).orElseThrow();
		assertThat(moved.position()).isEqualTo(2);
		assertThat(moved.version()).isEqualTo(1);
	}

	@Test
	void refusesALevelOutsideOneToEight() {
		TopicRow topic = newTopic(this.umea, "swish", 1);

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.tenancy.runAs(this.umea,
				() -> this.jdbc.sql("""
						insert into curriculum_step (id, organisation_id, topic_id, sort_order, title_sv, title_en,
						    competence, proficiency_level, devices, retired, created_at, version)
						values (:id, :tenant, :topic, 1, 'a', 'b', '1.1', 9, '', false, :createdAt, 0)
						""")
					.param("id", UUID.randomUUID())
					.param("topic", topic.id().value())
					.param("createdAt", Timestamp.from(NOW))
					.update()));
	}

}
