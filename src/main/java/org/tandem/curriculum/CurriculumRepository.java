package org.tandem.curriculum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Repository;
import org.tandem.system.TenantJdbc;

/**
 * The curriculum_topic and curriculum_step tables, always scoped to the current
 * organisation. Steps are never deleted: they are retired.
 */
@Repository
class CurriculumRepository {

	private static final String TOPIC_COLUMNS = """
			id, code, sort_order, name_sv, name_en, description_sv, description_en, version""";

	private static final String STEP_COLUMNS = """
			id, topic_id, sort_order, title_sv, title_en, competence, proficiency_level, devices, retired, version""";

	private final TenantJdbc jdbc;

	CurriculumRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void insertTopic(TopicRow topic, Instant createdAt) {
		this.jdbc.sql("""
				insert into curriculum_topic (id, organisation_id, code, sort_order, name_sv, name_en,
				    description_sv, description_en, created_at, version)
				values (:id, :tenant, :code, :position, :nameSv, :nameEn, :descriptionSv, :descriptionEn, :createdAt, 0)
				""")
			.param("id", topic.id().value())
			.param("code", topic.code())
			.param("position", topic.position())
			.param("nameSv", topic.name().sv())
			.param("nameEn", topic.name().en())
			.param("descriptionSv", topic.description().sv())
			.param("descriptionEn", topic.description().en())
			.param("createdAt", Timestamp.from(createdAt))
			.update();
		changed();
	}

	/**
	 * The catalogue's version, raised by every change to a topic or step in the same
	 * transaction; empty for an organisation whose catalogue never changed since the
	 * version was introduced.
	 */
	OptionalLong version() {
		return this.jdbc.sql("select version from curriculum_catalogue where organisation_id = :tenant")
			.query(Long.class)
			.optional()
			.map(OptionalLong::of)
			.orElse(OptionalLong.empty());
	}

	private void changed() {
		int raised = this.jdbc
			.sql("update curriculum_catalogue set version = version + 1 where organisation_id = :tenant")
			.update();
		if (raised == 0) {
			// An organisation's first change is its seeding, in the transaction that
			// creates it: no one else changes its catalogue before that commits.
			this.jdbc.sql("insert into curriculum_catalogue (organisation_id, version) values (:tenant, 1)").update();
		}
	}

	Optional<TopicRow> findTopic(TopicId id) {
		return this.jdbc
			.sql("select " + TOPIC_COLUMNS + " from curriculum_topic where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query(CurriculumRepository::topic)
			.optional();
	}

	Optional<TopicRow> findTopicByCode(String code) {
		return this.jdbc
			.sql("select " + TOPIC_COLUMNS + " from curriculum_topic where code = :code and organisation_id = :tenant")
			.param("code", code)
			.query(CurriculumRepository::topic)
			.optional();
	}

	List<TopicRow> topics() {
		return this.jdbc.sql("select " + TOPIC_COLUMNS + """
				 from curriculum_topic where organisation_id = :tenant order by sort_order, code
				""").query(CurriculumRepository::topic).list();
	}

	long countTopics() {
		return this.jdbc.sql("select count(*) from curriculum_topic where organisation_id = :tenant")
			.query(Long.class)
			.single();
	}

	boolean codeExists(String code) {
		return this.jdbc.sql("select count(*) from curriculum_topic where code = :code and organisation_id = :tenant")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** Saves an edit if nobody changed the topic since {@code version}. */
	boolean updateTopic(TopicId id, int version, int position, LocalizedText name, LocalizedText description) {
		boolean written = this.jdbc.sql("""
				update curriculum_topic
				   set sort_order = :position, name_sv = :nameSv, name_en = :nameEn,
				       description_sv = :descriptionSv, description_en = :descriptionEn, version = version + 1
				 where id = :id and organisation_id = :tenant and version = :version
				""")
			.param("id", id.value())
			.param("version", version)
			.param("position", position)
			.param("nameSv", name.sv())
			.param("nameEn", name.en())
			.param("descriptionSv", description.sv())
			.param("descriptionEn", description.en())
			.update() == 1;
		if (written) {
			changed();
		}
		return written;
	}

	/**
	 * Moves a topic that shifted because another one moved; its version changes too, so
	 * an edit made on the old order is refused rather than silently undoing the move.
	 */
	void moveTopic(TopicId id, int position) {
		this.jdbc.sql("""
				update curriculum_topic set sort_order = :position, version = version + 1
				 where id = :id and organisation_id = :tenant
				""").param("id", id.value()).param("position", position).update();
		changed();
	}

	void insertStep(Step step, Instant createdAt) {
		this.jdbc.sql("""
				insert into curriculum_step (id, organisation_id, topic_id, sort_order, title_sv, title_en,
				    competence, proficiency_level, devices, retired, created_at, version)
				values (:id, :tenant, :topicId, :position, :titleSv, :titleEn,
				    :competence, :level, :devices, :retired, :createdAt, 0)
				""")
			.param("id", step.id().value())
			.param("topicId", step.topicId().value())
			.param("position", step.position())
			.param("titleSv", step.title().sv())
			.param("titleEn", step.title().en())
			.param("competence", step.competence().code())
			.param("level", step.level().value())
			.param("devices", devices(step.devices()))
			.param("retired", step.retired())
			.param("createdAt", Timestamp.from(createdAt))
			.update();
		changed();
	}

	Optional<Step> findStep(StepId id) {
		return this.jdbc
			.sql("select " + STEP_COLUMNS + " from curriculum_step where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.query(CurriculumRepository::step)
			.optional();
	}

	List<Step> findSteps(Collection<StepId> ids) {
		return this.jdbc
			.sql("select " + STEP_COLUMNS + " from curriculum_step where organisation_id = :tenant and id in (:ids)")
			.param("ids", ids.stream().map(StepId::value).toList())
			.query(CurriculumRepository::step)
			.list();
	}

	Set<TopicId> existingTopics(Collection<TopicId> ids) {
		Set<TopicId> found = new HashSet<>();
		this.jdbc.sql("select id from curriculum_topic where organisation_id = :tenant and id in (:ids)")
			.param("ids", ids.stream().map(TopicId::value).toList())
			.query((ResultSet row) -> {
				found.add(new TopicId(row.getObject("id", UUID.class)));
			});
		return found;
	}

	List<Step> stepsOf(TopicId topic) {
		return this.jdbc.sql("select " + STEP_COLUMNS + """
				 from curriculum_step where topic_id = :topicId and organisation_id = :tenant order by sort_order, id
				""").param("topicId", topic.value()).query(CurriculumRepository::step).list();
	}

	/** Every step of the organisation, by topic and position, for the whole catalogue. */
	List<Step> allSteps() {
		return this.jdbc.sql("select " + STEP_COLUMNS + """
				 from curriculum_step where organisation_id = :tenant order by topic_id, sort_order, id
				""").query(CurriculumRepository::step).list();
	}

	int lastStepPosition(TopicId topic) {
		return this.jdbc.sql("""
				select coalesce(max(sort_order), 0) from curriculum_step
				 where topic_id = :topicId and organisation_id = :tenant
				""").param("topicId", topic.value()).query(Integer.class).single();
	}

	int lastTopicPosition() {
		return this.jdbc
			.sql("select coalesce(max(sort_order), 0) from curriculum_topic where organisation_id = :tenant")
			.query(Integer.class)
			.single();
	}

	/** Saves an edit if nobody changed the step since {@code version}. */
	boolean updateStep(StepId id, int version, int position, LocalizedText title, DigCompCompetence competence,
			ProficiencyLevel level, Set<Device> devices) {
		boolean written = this.jdbc.sql("""
				update curriculum_step
				   set sort_order = :position, title_sv = :titleSv, title_en = :titleEn, competence = :competence,
				       proficiency_level = :level, devices = :devices, version = version + 1
				 where id = :id and organisation_id = :tenant and version = :version
				""")
			.param("id", id.value())
			.param("version", version)
			.param("position", position)
			.param("titleSv", title.sv())
			.param("titleEn", title.en())
			.param("competence", competence.code())
			.param("level", level.value())
			.param("devices", devices(devices))
			.update() == 1;
		if (written) {
			changed();
		}
		return written;
	}

	/** Moves a step that shifted because another one moved, see {@link #moveTopic}. */
	void moveStep(StepId id, int position) {
		this.jdbc.sql("""
				update curriculum_step set sort_order = :position, version = version + 1
				 where id = :id and organisation_id = :tenant
				""").param("id", id.value()).param("position", position).update();
		changed();
	}

	/** Retires or reinstates a step if nobody changed it since {@code version}. */
	boolean setRetired(StepId id, int version, boolean retired) {
		boolean written = this.jdbc.sql("""
				update curriculum_step set retired = :retired, version = version + 1
				 where id = :id and organisation_id = :tenant and version = :version
				""").param("id", id.value()).param("version", version).param("retired", retired).update() == 1;
		if (written) {
			changed();
		}
		return written;
	}

	private static TopicRow topic(ResultSet row, int number) throws SQLException {
		return new TopicRow(new TopicId(row.getObject("id", UUID.class)), row.getString("code"),
				row.getInt("sort_order"), new LocalizedText(row.getString("name_sv"), row.getString("name_en")),
				new LocalizedText(row.getString("description_sv"), row.getString("description_en")),
				row.getInt("version"));
	}

	private static Step step(ResultSet row, int number) throws SQLException {
		return new Step(new StepId(row.getObject("id", UUID.class)), new TopicId(row.getObject("topic_id", UUID.class)),
				row.getInt("sort_order"), new LocalizedText(row.getString("title_sv"), row.getString("title_en")),
				DigCompCompetence.of(row.getString("competence")), ProficiencyLevel.of(row.getInt("proficiency_level")),
				devices(row.getString("devices")), row.getBoolean("retired"), row.getInt("version"));
	}

	static String devices(Set<Device> devices) {
		return devices.stream().sorted().map(Device::name).collect(Collectors.joining(","));
	}

	static Set<Device> devices(String column) {
		Set<Device> devices = EnumSet.noneOf(Device.class);
		Arrays.stream(column.split(",")).filter((name) -> !name.isBlank()).map(Device::valueOf).forEach(devices::add);
		return devices;
	}

}
