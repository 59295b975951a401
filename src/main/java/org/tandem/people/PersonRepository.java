package org.tandem.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.TopicId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TenantJdbc;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;
import org.tandem.venues.VenueId;

/**
 * The person table and its child tables. A person is written whole: the child rows are
 * replaced on every save, inside the caller's transaction. Every write that may change a
 * mentor as matching reads them tells {@link MentorChanges}.
 */
@Repository
class PersonRepository {

	/**
	 * How many people one "in (...)" list of a read for matching names at most: H2
	 * compares each row it finds with the list value by value.
	 */
	private static final int MATCHING_CHUNK = 200;

	private static final String COLUMNS = """
			id, kind, status, first_name, last_name, year_of_birth, gender, phone, email, street, postcode, city,
			contact_channel, home_visits, school, school_class, capacity, preferred_mentor_gender, notes, source,
			created_at, version""";

	/** Ids per statement when names are read by id. */
	static final int NAMES_CHUNK = 500;

	private final TenantJdbc jdbc;

	private final MentorChanges changes;

	PersonRepository(TenantJdbc jdbc, MentorChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	void insert(Person person) {
		insertAll(List.of(person));
	}

	/**
	 * Inserts people and their child rows with one JDBC batch per table, inside the
	 * caller's transaction.
	 */
	void insertAll(List<Person> persons) {
		List<Map<String, Object>> rows = new ArrayList<>();
		Children children = new Children();
		for (Person person : persons) {
			Map<String, Object> row = new HashMap<>(profileParameters(person.profile()).getValues());
			row.put("id", person.id().value());
			row.put("kind", person.kind().name());
			row.put("status", person.status().name());
			row.put("source", person.source().name());
			row.put("createdAt", Timestamp.from(person.createdAt()));
			rows.add(row);
			children.add(person.id(), person.profile());
		}
		this.jdbc.batch("""
				insert into person (id, organisation_id, kind, status, first_name, last_name, year_of_birth, gender,
				    phone, email, street, postcode, city, contact_channel, home_visits, school, school_class, capacity,
				    preferred_mentor_gender, notes, source, search_text, created_at, version)
				values (:id, :tenant, :kind, :status, :firstName, :lastName, :yearOfBirth, :gender,
				    :phone, :email, :street, :postcode, :city, :contactChannel, :homeVisits, :school, :schoolClass,
				    :capacity, :preferredMentorGender, :notes, :source, :searchText, :createdAt, 0)
				""", rows);
		children.insert();
		this.changes.peopleChanged(
				persons.stream().filter((person) -> person.kind() == PersonKind.MENTOR).map(Person::id).toList());
	}

	/** Saves a new profile if nobody changed the person since {@code version}. */
	boolean update(PersonId id, int version, Profile profile) {
		int updated = this.jdbc.sql("""
				update person set first_name = :firstName, last_name = :lastName, year_of_birth = :yearOfBirth,
				    gender = :gender, phone = :phone, email = :email, street = :street, postcode = :postcode,
				    city = :city, contact_channel = :contactChannel, home_visits = :homeVisits, school = :school,
				    school_class = :schoolClass, capacity = :capacity,
				    preferred_mentor_gender = :preferredMentorGender, notes = :notes, search_text = :searchText,
				    version = version + 1
				 where id = :id and organisation_id = :tenant and version = :version
				""")
			.param("id", id.value())
			.param("version", version)
			.params(profileParameters(profile).getValues())
			.update();
		if (updated == 1) {
			deleteChildren(id);
			Children children = new Children();
			children.add(id, profile);
			children.insert();
			this.changes.peopleChanged(List.of(id));
		}
		return updated == 1;
	}

	boolean setStatus(PersonId id, PersonStatus status) {
		this.changes.peopleChanged(List.of(id));
		return this.jdbc.sql("""
				update person set status = :status, version = version + 1
				 where id = :id and organisation_id = :tenant
				""").param("id", id.value()).param("status", status.name()).update() == 1;
	}

	boolean setMatched(PersonId id, boolean matched) {
		return this.jdbc.sql("update person set matched = :matched where id = :id and organisation_id = :tenant")
			.param("id", id.value())
			.param("matched", matched)
			.update() == 1;
	}

	Optional<Person> find(PersonId id) {
		List<Person> found = load(
				this.jdbc.sql("select " + COLUMNS + " from person where id = :id and organisation_id = :tenant")
					.param("id", id.value())
					.query(PersonRepository::row)
					.list());
		return found.stream().findFirst();
	}

	/**
	 * A person's name and wanted topics without the rest of the profile: two statements
	 * instead of a whole person's nine.
	 */
	Optional<Learner> findLearner(PersonKind kind, PersonId id) {
		Optional<String> name = this.jdbc.sql("""
				select first_name, last_name from person where id = :id and organisation_id = :tenant and kind = :kind
				""")
			.param("id", id.value())
			.param("kind", kind.name())
			.query((row, number) -> Profile.fullName(row.getString("first_name"), row.getString("last_name")))
			.optional();
		return name.map((fullName) -> new Learner(id, fullName,
				this.jdbc.sql("""
						select topic_id from person_topic
						 where organisation_id = :tenant and person_id = :id order by priority, topic_id
						""")
					.param("id", id.value())
					.query((row, number) -> new TopicId(row.getObject("topic_id", UUID.class)))
					.list()));
	}

	PersonPage page(PersonQuery query) {
		StringBuilder where = new StringBuilder(" where p.organisation_id = :tenant and p.kind = :kind");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", query.kind().name());
		if (!query.search().isEmpty()) {
			Optional<PhoneNumber> phone = PhoneNumber.isValid(query.search())
					? Optional.of(PhoneNumber.parse(query.search())) : Optional.empty();
			if (phone.isPresent()) {
				where.append(" and p.phone = :phone");
				parameters.put("phone", phone.get().e164());
			}
			else {
				where.append(" and p.search_text like :search");
				parameters.put("search", "%" + escapeLike(query.search().toLowerCase(Locale.ROOT)) + "%");
			}
		}
		if (query.status() != null) {
			where.append(" and p.status = :status");
			parameters.put("status", query.status().name());
		}
		if (query.matched() != null) {
			where.append(" and p.matched = :matched");
			parameters.put("matched", query.matched());
		}
		// "in (select ...)" rather than "exists": both databases then start from the
		// filter's own index and look the few matching people up by id.
		if (query.programme() != null) {
			where.append(" and p.id in (select x.person_id from person_programme x"
					+ " where x.organisation_id = :tenant and x.programme_id = :programme)");
			parameters.put("programme", query.programme().value());
		}
		if (query.venue() != null) {
			where.append(" and p.id in (select x.person_id from person_venue x"
					+ " where x.organisation_id = :tenant and x.venue_id = :venue)");
			parameters.put("venue", query.venue().value());
		}
		if (query.language() != null) {
			where.append(" and p.id in (select x.person_id from person_language x"
					+ " where x.organisation_id = :tenant and x.language = :language)");
			parameters.put("language", query.language().code());
		}
		if (query.topic() != null) {
			where.append(" and p.id in (select x.person_id from person_topic x"
					+ " where x.organisation_id = :tenant and x.topic_id = :topic)");
			parameters.put("topic", query.topic().value());
		}
		boolean narrowing = !query.search().isEmpty() || query.language() != null || query.topic() != null
				|| query.venue() != null || query.programme() != null;
		long[] total = { -1 };
		List<Row> rows;
		if (narrowing) {
			// A search or a filter: find every match by the best index for it, keeping
			// only the name and id, then count them and take the page in name order in
			// the same pass. The inner query's "offset 0" stops PostgreSQL from walking
			// the name index to spare the sort (it must read every match for the count
			// anyway); at 100,000 seniors that took 140-360 ms, the trigram or language
			// index 12-40 ms. The page's people are then read by id.
			List<UUID> ids = this.jdbc.sql("""
					select f.id, count(*) over () as matching
					  from (select p.id, p.last_name, p.first_name from person p %s offset 0) f
					 order by f.last_name, f.first_name, f.id
					 limit :limit offset :offset
					""".formatted(where))
				.params(parameters)
				.param("limit", query.size())
				.param("offset", query.page() * query.size())
				.query((row, number) -> {
					total[0] = row.getLong("matching");
					return row.getObject("id", UUID.class);
				})
				.list();
			rows = byIds(ids);
		}
		else {
			// Everyone, or everyone with a status or without a partner: the page walks
			// a list index, which ends in the sort columns, and stops after one page;
			// the count is a query of its own. The constant leading columns in the order
			// let H2 see that the index is already in this order (PostgreSQL sees it
			// either way).
			String indexOrder = (query.status() != null) ? "p.organisation_id, p.kind, p.status"
					: (query.matched() != null) ? "p.organisation_id, p.kind, p.matched" : "p.organisation_id, p.kind";
			rows = this.jdbc
				.sql("select " + COLUMNS.replaceAll("(\\w+)(,|$)", "p.$1$2") + " from person p" + where + " order by "
						+ indexOrder + ", p.last_name, p.first_name, p.id limit :limit offset :offset")
				.params(parameters)
				.param("limit", query.size())
				.param("offset", query.page() * query.size())
				.query(PersonRepository::row)
				.list();
		}
		if (total[0] < 0) {
			total[0] = this.jdbc.sql("select count(*) from person p" + where)
				.params(parameters)
				.query(Long.class)
				.single();
		}
		List<Person> items = load(rows);
		return new PersonPage(items, query.page(), query.size(), total[0]);
	}

	List<PersonId> memberIds(PersonKind kind, ProgrammeId programme, PersonStatus status) {
		return this.jdbc.sql("""
				select p.id from person p
				 where p.organisation_id = :tenant and p.kind = :kind and p.status = :status
				   and p.id in (select x.person_id from person_programme x
				                 where x.organisation_id = :tenant and x.programme_id = :programme)
				 order by p.last_name, p.first_name, p.id
				""")
			.param("kind", kind.name())
			.param("status", status.name())
			.param("programme", programme.value())
			.query((row, number) -> new PersonId(row.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * The full names of those of these people who are in the organisation, read a chunk
	 * of ids at a time so that no statement carries thousands of parameters.
	 */
	Map<PersonId, String> names(Collection<PersonId> ids) {
		return names(ids, false);
	}

	/** The first names of those of these people who are in the organisation. */
	Map<PersonId, String> firstNames(Collection<PersonId> ids) {
		return names(ids, true);
	}

	private Map<PersonId, String> names(Collection<PersonId> ids, boolean firstOnly) {
		Map<PersonId, String> names = new HashMap<>();
		inChunks(distinct(ids), NAMES_CHUNK, (chunk) -> this.jdbc.sql("""
				select id, first_name, last_name from person where organisation_id = :tenant and id in (:ids)
				""").param("ids", chunk).query((ResultSet row) -> {
			names.put(new PersonId(row.getObject("id", UUID.class)), firstOnly ? row.getString("first_name")
					: Profile.fullName(row.getString("first_name"), row.getString("last_name")));
		}));
		return names;
	}

	/**
	 * How to reach those of these people who are in the organisation: two statements per
	 * chunk of ids (the people, their languages), never the whole registry.
	 */
	Map<PersonId, ContactDetails> contacts(Collection<PersonId> ids) {
		Map<PersonId, ContactDetails> contacts = new HashMap<>();
		inChunks(distinct(ids), NAMES_CHUNK, (chunk) -> {
			Map<UUID, List<LanguageCode>> languages = children("""
					select person_id, language from person_language
					 where organisation_id = :tenant and person_id in (:ids) order by position
					""", chunk, (row) -> new LanguageCode(row.getString("language")));
			this.jdbc.sql("""
					select id, kind, first_name, last_name, contact_channel, phone, email from person
					 where organisation_id = :tenant and id in (:ids)
					""").param("ids", chunk).query((ResultSet row) -> {
				UUID id = row.getObject("id", UUID.class);
				String phone = row.getString("phone");
				contacts.put(new PersonId(id),
						new ContactDetails(new PersonId(id), PersonKind.valueOf(row.getString("kind")),
								row.getString("first_name"), row.getString("last_name"),
								ContactChannel.valueOf(row.getString("contact_channel")),
								(phone != null) ? new PhoneNumber(phone) : null, row.getString("email"),
								languages.getOrDefault(id, List.of())));
			});
		});
		return contacts;
	}

	/** The people with these ids, in the order of the ids. */
	private List<Row> byIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Row> found = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from person where organisation_id = :tenant and id in (:ids)")
			.param("ids", ids)
			.query(PersonRepository::row)
			.list()
			.forEach((row) -> found.put(row.id().value(), row));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * People of one kind with this phone number or e-mail address, to find duplicates.
	 */
	List<PersonId> findByContact(PersonKind kind, @Nullable PhoneNumber phone, @Nullable String email) {
		if (phone == null && email == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id from person where organisation_id = :tenant and kind = :kind
				   and (phone = :phone or lower(email) = lower(:email))
				""")
			.param("kind", kind.name())
			.param("phone", (phone != null) ? phone.e164() : null)
			.param("email", email)
			.query((row, number) -> new PersonId(row.getObject("id", UUID.class)))
			.list();
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource profileParameters(Profile profile) {
		var parameters = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
		PostalAddress address = profile.address();
		parameters.addValue("firstName", profile.firstName())
			.addValue("lastName", profile.lastName())
			.addValue("yearOfBirth", profile.yearOfBirth())
			.addValue("gender", profile.gender().name())
			.addValue("phone", (profile.phone() != null) ? profile.phone().e164() : null)
			.addValue("email", profile.email())
			.addValue("street", (address != null) ? address.street() : null)
			.addValue("postcode", (address != null) ? address.postcode() : null)
			.addValue("city", (address != null) ? address.city() : null)
			.addValue("contactChannel", profile.contactChannel().name())
			.addValue("homeVisits", profile.homeVisits())
			.addValue("school", profile.school())
			.addValue("schoolClass", profile.schoolClass())
			.addValue("capacity", profile.capacity())
			.addValue("preferredMentorGender",
					(profile.preferredMentorGender() != null) ? profile.preferredMentorGender().name() : null)
			.addValue("notes", profile.notes())
			.addValue("searchText", searchText(profile));
		return parameters;
	}

	/**
	 * What a search matches: the name both ways round, the phone as written in Sweden,
	 * the e-mail.
	 */
	static String searchText(Profile profile) {
		StringBuilder text = new StringBuilder();
		text.append(profile.firstName()).append(' ').append(profile.lastName()).append(' ');
		text.append(profile.lastName()).append(' ').append(profile.firstName()).append(' ');
		if (profile.phone() != null) {
			String e164 = profile.phone().e164();
			text.append(e164).append(' ');
			if (e164.startsWith("+46")) {
				text.append('0').append(e164.substring(3)).append(' ');
			}
		}
		if (profile.email() != null) {
			text.append(profile.email());
		}
		String result = text.toString().toLowerCase(Locale.ROOT);
		return (result.length() > 800) ? result.substring(0, 800) : result;
	}

	/**
	 * People of one kind as {@link KnownContacts}, read in one pass.
	 */
	KnownContacts knownContacts(PersonKind kind) {
		Set<String> phones = new java.util.HashSet<>();
		Set<String> emails = new java.util.HashSet<>();
		Set<String> names = new java.util.HashSet<>();
		this.jdbc.sql("""
				select phone, email, first_name, last_name, year_of_birth from person
				 where organisation_id = :tenant and kind = :kind
				""").param("kind", kind.name()).query((ResultSet row) -> {
			String phone = row.getString("phone");
			String email = row.getString("email");
			if (phone != null) {
				phones.add(phone);
			}
			if (email != null) {
				emails.add(KnownContacts.email(email));
			}
			names.add(KnownContacts.nameKey(row.getString("first_name"), row.getString("last_name"),
					row.getInt("year_of_birth")));
		});
		return new KnownContacts(phones, emails, names);
	}

	/**
	 * Every active person of a programme as matching sees them, read with one query per
	 * table for the whole programme (never per person or per chunk of ids), each streamed
	 * into the people it belongs to: a national programme of 130,000 people is nine
	 * queries. Child rows of the organisation's other people (not active, or in another
	 * programme) are read and dropped, which costs less than filtering every child table
	 * by the programme's members.
	 * @param today the organisation's date, for age and background checks
	 */
	List<PersonForMatching> forMatching(ProgrammeId programme, LocalDate today) {
		return readForMatching(programme, null, today);
	}

	/**
	 * The same as {@link #forMatching(ProgrammeId, LocalDate)} for a few of the
	 * programme's people only, each table read by their ids: what matching one newcomer
	 * needs. Ids of people who are not active members of the programme are left out.
	 */
	List<PersonForMatching> forMatching(ProgrammeId programme, Collection<PersonId> ids, LocalDate today) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return readForMatching(programme, distinct(ids), today);
	}

	/**
	 * The active mentors of a programme who name one of the venues, or whose postal town
	 * is one of the towns (in any letter case), as
	 * {@link #forMatching(ProgrammeId, LocalDate)} reads them: everyone matching could
	 * pair with a senior of those towns. Found by index (their town, and who names the
	 * venues), then read with one query per table: a big town has thousands of them.
	 */
	List<PersonForMatching> mentorsForMatchingNear(ProgrammeId programme, Collection<VenueId> venues,
			Collection<String> towns, LocalDate today) {
		return mentorsForMatchingNear(programme, venues, towns, today, null);
	}

	/**
	 * As {@link #mentorsForMatchingNear(ProgrammeId, Collection, Collection, LocalDate)},
	 * among some people only (at most a few hundred): those of them who are such mentors.
	 */
	List<PersonForMatching> mentorsForMatchingNear(ProgrammeId programme, Collection<VenueId> venues,
			Collection<String> towns, LocalDate today, @Nullable Collection<PersonId> among) {
		if (among != null && among.isEmpty()) {
			return List.of();
		}
		Set<UUID> only = (among != null) ? new java.util.HashSet<>(distinct(among)) : null;
		Set<UUID> found = new java.util.HashSet<>();
		if (!towns.isEmpty()) {
			found.addAll(this.jdbc.sql("""
					select id from person
					 where organisation_id = :tenant and kind = 'MENTOR' and town_key in (:towns) and status = 'ACTIVE'
					""")
				.param("towns", towns.stream().map(PersonRepository::townKey).distinct().toList())
				.query(UUID.class)
				.list());
		}
		if (!venues.isEmpty()) {
			// Two reads, each by its own index: whoever names the venues, then which of
			// them are active mentors. As one join, H2 walked the people instead.
			List<UUID> naming = new ArrayList<>(this.jdbc
				.sql("select distinct person_id from person_venue where organisation_id = :tenant"
						+ " and venue_id in (:venues)")
				.param("venues", venues.stream().map(VenueId::value).distinct().toList())
				.query(UUID.class)
				.list());
			if (only != null) {
				naming.retainAll(only);
			}
			inChunks(naming, MATCHING_CHUNK,
					(chunk) -> found.addAll(this.jdbc
						.sql("select id from person where organisation_id = :tenant and id in (:ids)"
								+ " and kind = 'MENTOR' and status = 'ACTIVE'")
						.param("ids", chunk)
						.query(UUID.class)
						.list()));
		}
		if (only != null) {
			found.retainAll(only);
		}
		return found.isEmpty() ? List.of() : readForMatching(programme, List.copyOf(found), today);
	}

	private List<PersonForMatching> readForMatching(ProgrammeId programme, @Nullable List<UUID> ids, LocalDate today) {
		Map<UUID, MatchingRow> rows = new LinkedHashMap<>();
		if (ids == null) {
			// For a whole programme, child rows are read for the whole organisation and
			// kept only for the members read first: one range scan per table, where a
			// "person_id in (members)" filter made H2 look every row up on its own.
			readForMatching(new Selection("""
					 and p.id in (select m.person_id from person_programme m
					               where m.organisation_id = :tenant and m.programme_id = :programme)
					""", "", Map.of("programme", programme.value())), today, rows);
		}
		else {
			// A few people (or a big town's thousands) are found by id and their
			// membership looked up one by one. H2 checks every row it finds against the
			// whole "in" list again, one value after the other: short lists keep that
			// from growing with the square. (An array, "= any(:ids)", is worse on H2: a
			// statement is planned before the array is known, and walks the
			// organisation.)
			inChunks(ids, MATCHING_CHUNK, (chunk) -> readForMatching(new Selection("""
					 and p.id in (:ids)
					 and exists (select 1 from person_programme m where m.person_id = p.id
					                and m.organisation_id = :tenant and m.programme_id = :programme)
					""", " and person_id in (:ids)", Map.of("programme", programme.value(), "ids", chunk)), today,
					rows));
		}
		return views(rows, today);
	}

	private static List<PersonForMatching> views(Map<UUID, MatchingRow> rows, LocalDate today) {
		List<PersonForMatching> people = new ArrayList<>(rows.size());
		for (MatchingRow row : rows.values()) {
			people.add(row.toView(today));
		}
		return people;
	}

	/**
	 * Whom one read for matching is about: the condition on the people ({@code p}, active
	 * people of the organisation) and the condition on every child table's
	 * {@code person_id}, with their parameters.
	 */
	private record Selection(String people, String children, Map<String, Object> parameters) {
	}

	private Map<UUID, MatchingRow> readForMatching(Selection selection, LocalDate today, Map<UUID, MatchingRow> rows) {
		String only = selection.children();
		StatementSpec members = this.jdbc.sql("""
				select p.id, p.kind, p.year_of_birth, p.gender, p.preferred_mentor_gender, p.home_visits, p.city,
				       p.capacity, p.created_at
				  from person p
				 where p.organisation_id = :tenant and p.status = 'ACTIVE'
				""" + selection.people() + " order by p.id");
		members.params(selection.parameters()).query((ResultSet row) -> {
			String preferred = row.getString("preferred_mentor_gender");
			MatchingRow person = new MatchingRow(new PersonId(row.getObject("id", UUID.class)),
					PersonKind.valueOf(row.getString("kind")), row.getInt("year_of_birth"),
					Gender.valueOf(row.getString("gender")), (preferred != null) ? Gender.valueOf(preferred) : null,
					row.getBoolean("home_visits"), row.getString("city"), row.getInt("capacity"),
					row.getTimestamp("created_at").toInstant());
			rows.put(person.id.value(), person);
		});
		this.jdbc
			.sql("select person_id, language from person_language where organisation_id = :tenant" + only
					+ " order by person_id, position")
			.params(selection.parameters())
			.query((ResultSet row) -> {
				MatchingRow person = rows.get(row.getObject("person_id", UUID.class));
				if (person != null) {
					person.languages.add(new LanguageCode(row.getString("language")));
				}
			});
		this.jdbc.sql("select person_id, device from person_device where organisation_id = :tenant" + only)
			.params(selection.parameters())
			.query((ResultSet row) -> {
				MatchingRow person = rows.get(row.getObject("person_id", UUID.class));
				if (person != null) {
					person.devices.add(Device.valueOf(row.getString("device")));
				}
			});
		this.jdbc
			.sql("select person_id, topic_id, priority from person_topic where organisation_id = :tenant" + only
					+ " order by person_id, priority, topic_id")
			.params(selection.parameters())
			.query((ResultSet row) -> {
				MatchingRow person = rows.get(row.getObject("person_id", UUID.class));
				if (person != null) {
					person.topics
						.add(new TopicWish(new TopicId(row.getObject("topic_id", UUID.class)), row.getInt("priority")));
				}
			});
		this.jdbc
			.sql("select person_id, day_of_week, starts_at, ends_at from person_availability"
					+ " where organisation_id = :tenant" + only)
			.params(selection.parameters())
			.query((ResultSet row) -> {
				MatchingRow person = rows.get(row.getObject("person_id", UUID.class));
				if (person != null) {
					person.windows.add(new TimeWindow(DayOfWeek.of(row.getInt("day_of_week")),
							row.getTime("starts_at").toLocalTime(), row.getTime("ends_at").toLocalTime()));
				}
			});
		this.jdbc.sql("select person_id, venue_id from person_venue where organisation_id = :tenant" + only)
			.params(selection.parameters())
			.query((ResultSet row) -> {
				MatchingRow person = rows.get(row.getObject("person_id", UUID.class));
				if (person != null) {
					person.venues.add(new VenueId(row.getObject("venue_id", UUID.class)));
				}
			});
		this.jdbc.sql("""
				select person_id, given_by from consent
				 where organisation_id = :tenant and purpose = 'PARTICIPATION' and withdrawn_at is null
				""" + only).params(selection.parameters()).query((ResultSet row) -> {
			MatchingRow person = rows.get(row.getObject("person_id", UUID.class));
			if (person != null) {
				person.participationConsent = true;
				person.guardianConsent |= ConsentGiver.GUARDIAN.name().equals(row.getString("given_by"));
			}
		});
		this.jdbc.sql("""
				select distinct person_id from background_check
				 where organisation_id = :tenant and checked_on <= :today and expires_on >= :today
				""" + only).params(selection.parameters()).param("today", today).query((ResultSet row) -> {
			MatchingRow person = rows.get(row.getObject("person_id", UUID.class));
			if (person != null) {
				person.backgroundCheckValid = true;
			}
		});
		return rows;
	}

	/** A person for matching while the queries fill it in. */
	private static final class MatchingRow {

		final PersonId id;

		final PersonKind kind;

		final int yearOfBirth;

		final Gender gender;

		final @Nullable Gender preferredMentorGender;

		final boolean homeVisits;

		final @Nullable String city;

		final int capacity;

		final Instant registeredAt;

		final List<LanguageCode> languages = new ArrayList<>(3);

		final Set<Device> devices = EnumSet.noneOf(Device.class);

		final List<TopicWish> topics = new ArrayList<>(4);

		final List<TimeWindow> windows = new ArrayList<>(3);

		final Set<VenueId> venues = new java.util.HashSet<>(4);

		boolean participationConsent;

		boolean guardianConsent;

		boolean backgroundCheckValid;

		MatchingRow(PersonId id, PersonKind kind, int yearOfBirth, Gender gender,
				@Nullable Gender preferredMentorGender, boolean homeVisits, @Nullable String city, int capacity,
				Instant registeredAt) {
			this.id = id;
			this.kind = kind;
			this.yearOfBirth = yearOfBirth;
			this.gender = gender;
			this.preferredMentorGender = preferredMentorGender;
			this.homeVisits = homeVisits;
			this.city = city;
			this.capacity = capacity;
			this.registeredAt = registeredAt;
		}

		PersonForMatching toView(LocalDate today) {
			return new PersonForMatching(this.id, this.kind, this.yearOfBirth, this.gender, this.preferredMentorGender,
					this.languages, this.devices, this.topics, new WeeklyTimes(this.windows), this.venues,
					this.homeVisits, this.city, this.capacity, this.participationConsent, this.guardianConsent,
					Safeguarding.possiblyMinor(this.yearOfBirth, today), this.backgroundCheckValid, this.registeredAt);
		}

	}

	/** The child rows of a profile, collected so that each table gets one batch. */
	private final class Children {

		private final List<Map<String, Object>> languages = new ArrayList<>();

		private final List<Map<String, Object>> devices = new ArrayList<>();

		private final List<Map<String, Object>> topics = new ArrayList<>();

		private final List<Map<String, Object>> windows = new ArrayList<>();

		private final List<Map<String, Object>> venues = new ArrayList<>();

		private final List<Map<String, Object>> programmes = new ArrayList<>();

		private final List<Map<String, Object>> needs = new ArrayList<>();

		void add(PersonId id, Profile profile) {
			UUID person = id.value();
			int position = 0;
			for (LanguageCode language : profile.languages()) {
				this.languages.add(Map.of("person", person, "position", position++, "language", language.code()));
			}
			profile.devices().forEach((device) -> this.devices.add(Map.of("person", person, "device", device.name())));
			profile.topics()
				.forEach((wish) -> this.topics
					.add(Map.of("person", person, "topic", wish.topic().value(), "priority", wish.priority())));
			profile.availability()
				.windows()
				.forEach((window) -> this.windows.add(Map.of("person", person, "day", window.day().getValue(), "start",
						Time.valueOf(window.start()), "end", Time.valueOf(window.end()))));
			profile.venues().forEach((venue) -> this.venues.add(Map.of("person", person, "venue", venue.value())));
			profile.programmes()
				.forEach((programme) -> this.programmes.add(Map.of("person", person, "programme", programme.value())));
			profile.accessibilityNeeds()
				.forEach((need) -> this.needs.add(Map.of("person", person, "need", need.name())));
		}

		void insert() {
			TenantJdbc jdbc = PersonRepository.this.jdbc;
			jdbc.batch("""
					insert into person_language (organisation_id, person_id, position, language)
					values (:tenant, :person, :position, :language)
					""", this.languages);
			jdbc.batch(
					"insert into person_device (organisation_id, person_id, device) values (:tenant, :person, :device)",
					this.devices);
			jdbc.batch("""
					insert into person_topic (organisation_id, person_id, topic_id, priority)
					values (:tenant, :person, :topic, :priority)
					""", this.topics);
			jdbc.batch("""
					insert into person_availability (organisation_id, person_id, day_of_week, starts_at, ends_at)
					values (:tenant, :person, :day, :start, :end)
					""", this.windows);
			jdbc.batch(
					"insert into person_venue (organisation_id, person_id, venue_id) values (:tenant, :person, :venue)",
					this.venues);
			jdbc.batch("""
					insert into person_programme (organisation_id, person_id, programme_id)
					values (:tenant, :person, :programme)
					""", this.programmes);
			jdbc.batch(
					"insert into person_accessibility (organisation_id, person_id, need) values (:tenant, :person, :need)",
					this.needs);
		}

	}

	private void deleteChildren(PersonId id) {
		for (String table : List.of("person_language", "person_device", "person_topic", "person_availability",
				"person_venue", "person_programme", "person_accessibility")) {
			this.jdbc.sql("delete from " + table + " where person_id = :person and organisation_id = :tenant")
				.param("person", id.value())
				.update();
		}
	}

	/** Core columns of a person, before the child rows are added. */
	private record Row(PersonId id, PersonKind kind, PersonStatus status, String firstName, String lastName,
			int yearOfBirth, Gender gender, @Nullable String phone, @Nullable String email, @Nullable String street,
			@Nullable String postcode, @Nullable String city, ContactChannel channel, boolean homeVisits,
			@Nullable String school, @Nullable String schoolClass, int capacity, @Nullable String preferredGender,
			@Nullable String notes, PersonSource source, Instant createdAt, int version) {
	}

	private static Row row(ResultSet row, int number) throws SQLException {
		return new Row(new PersonId(row.getObject("id", UUID.class)), PersonKind.valueOf(row.getString("kind")),
				PersonStatus.valueOf(row.getString("status")), row.getString("first_name"), row.getString("last_name"),
				row.getInt("year_of_birth"), Gender.valueOf(row.getString("gender")), row.getString("phone"),
				row.getString("email"), row.getString("street"), row.getString("postcode"), row.getString("city"),
				ContactChannel.valueOf(row.getString("contact_channel")), row.getBoolean("home_visits"),
				row.getString("school"), row.getString("school_class"), row.getInt("capacity"),
				row.getString("preferred_mentor_gender"), row.getString("notes"),
				PersonSource.valueOf(row.getString("source")), row.getTimestamp("created_at").toInstant(),
				row.getInt("version"));
	}

	private List<Person> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map((row) -> row.id().value()).toList();
		Map<UUID, List<LanguageCode>> languages = children("""
				select person_id, language from person_language
				 where organisation_id = :tenant and person_id in (:ids) order by position
				""", ids, (row) -> new LanguageCode(row.getString("language")));
		Map<UUID, List<Device>> devices = children("""
				select person_id, device from person_device where organisation_id = :tenant and person_id in (:ids)
				""", ids, (row) -> Device.valueOf(row.getString("device")));
		Map<UUID, List<TopicWish>> topics = children("""
				select person_id, topic_id, priority from person_topic
				 where organisation_id = :tenant and person_id in (:ids) order by priority, topic_id
				""", ids,
				(row) -> new TopicWish(new TopicId(row.getObject("topic_id", UUID.class)), row.getInt("priority")));
		Map<UUID, List<TimeWindow>> windows = children("""
				select person_id, day_of_week, starts_at, ends_at from person_availability
				 where organisation_id = :tenant and person_id in (:ids)
				""", ids, (row) -> new TimeWindow(DayOfWeek.of(row.getInt("day_of_week")),
				row.getTime("starts_at").toLocalTime(), row.getTime("ends_at").toLocalTime()));
		Map<UUID, List<VenueId>> venues = children("""
				select person_id, venue_id from person_venue where organisation_id = :tenant and person_id in (:ids)
				""", ids, (row) -> new VenueId(row.getObject("venue_id", UUID.class)));
		Map<UUID, List<ProgrammeId>> programmes = children("""
				select person_id, programme_id from person_programme
				 where organisation_id = :tenant and person_id in (:ids)
				""", ids, (row) -> new ProgrammeId(row.getObject("programme_id", UUID.class)));
		Map<UUID, List<AccessibilityNeed>> needs = children("""
				select person_id, need from person_accessibility where organisation_id = :tenant and person_id in (:ids)
				""", ids, (row) -> AccessibilityNeed.valueOf(row.getString("need")));
		List<Person> people = new ArrayList<>();
		for (Row row : rows) {
			UUID id = row.id().value();
			PostalAddress address = (row.street() != null && row.postcode() != null && row.city() != null)
					? new PostalAddress(row.street(), row.postcode(), row.city()) : null;
			Profile profile = new Profile(row.firstName(), row.lastName(), row.yearOfBirth(), row.gender(),
					(row.phone() != null) ? new PhoneNumber(row.phone()) : null, row.email(), address, row.channel(),
					languages.getOrDefault(id, List.of()), Set.copyOf(devices.getOrDefault(id, List.of())),
					topics.getOrDefault(id, List.of()), new WeeklyTimes(windows.getOrDefault(id, List.of())),
					Set.copyOf(venues.getOrDefault(id, List.of())), row.homeVisits(),
					enumSet(needs.getOrDefault(id, List.of())), Set.copyOf(programmes.getOrDefault(id, List.of())),
					row.school(), row.schoolClass(), row.capacity(),
					(row.preferredGender() != null) ? Gender.valueOf(row.preferredGender()) : null, row.notes());
			people.add(new Person(row.id(), row.kind(), row.status(), profile, row.source(), row.createdAt(),
					row.version()));
		}
		return people;
	}

	private static Set<AccessibilityNeed> enumSet(Collection<AccessibilityNeed> needs) {
		return needs.isEmpty() ? EnumSet.noneOf(AccessibilityNeed.class) : EnumSet.copyOf(needs);
	}

	@FunctionalInterface
	private interface ChildMapper<T> {

		T map(ResultSet row) throws SQLException;

	}

	private <T> Map<UUID, List<T>> children(String sql, List<UUID> ids, ChildMapper<T> mapper) {
		Map<UUID, List<T>> result = new LinkedHashMap<>();
		this.jdbc.sql(sql).param("ids", ids).query((ResultSet row) -> {
			result.computeIfAbsent(row.getObject("person_id", UUID.class), (key) -> new ArrayList<>())
				.add(mapper.map(row));
		});
		return result;
	}

	/**
	 * Hands the ids on a chunk at a time, so that no statement carries more than
	 * {@code size} of them.
	 */
	private static void inChunks(List<UUID> ids, int size, Consumer<List<UUID>> read) {
		for (int from = 0; from < ids.size(); from += size) {
			read.accept(ids.subList(from, Math.min(ids.size(), from + size)));
		}
	}

	/** A postal town as the person table's {@code town_key} keeps it. */
	static String townKey(String town) {
		return town.strip().toLowerCase(Locale.ROOT);
	}

	private static List<UUID> distinct(Collection<PersonId> ids) {
		return ids.stream().map(PersonId::value).distinct().toList();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
