package org.tandem.venues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.TenantJdbc;
import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;

/**
 * The venue table and its children (rooms, opening hours, accessibility features and
 * programme memberships), always scoped to the current organisation. A list loads the
 * children of a whole page with one query per child table.
 */
@Repository
class VenueRepository {

	private static final String COLUMNS = """
			v.id, v.name, v.kind, v.street, v.postcode, v.city, v.municipality, v.meeting_link, v.latitude,
			v.longitude, v.phone, v.email, v.version""";

	/** Keeps IN lists well below every database's limit on parameters. */
	private static final int CHUNK = 500;

	private final TenantJdbc jdbc;

	VenueRepository(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	void insert(VenueId id, VenueDetails details, List<Room> rooms) {
		insertAll(List.of(new NewVenue(id, details, rooms)));
	}

	/**
	 * Inserts venues and their children with one JDBC batch per table, inside the
	 * caller's transaction.
	 */
	void insertAll(List<NewVenue> venues) {
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (NewVenue venue : venues) {
			Map<String, @Nullable Object> row = columns(venue.details());
			row.put("id", venue.id().value());
			rows.add(row);
		}
		this.jdbc.batch("""
				insert into venue (id, organisation_id, name, name_key, kind, street, postcode, city, municipality,
				    municipality_key, meeting_link, latitude, longitude, phone, email, version)
				values (:id, :tenant, :name, :nameKey, :kind, :street, :postcode, :city, :municipality,
				    :municipalityKey, :meetingLink, :latitude, :longitude, :phone, :email, 0)
				""", rows);
		insertChildren(venues);
	}

	/** The names of the organisation's venues, as they are compared: lower case. */
	Set<String> nameKeys() {
		return new HashSet<>(
				this.jdbc.sql("select name_key from venue where organisation_id = :tenant").query(String.class).list());
	}

	/**
	 * Saves the details and replaces the children if nobody changed the venue since
	 * {@code version}.
	 */
	boolean update(VenueId id, int version, VenueDetails details, List<Room> rooms) {
		boolean saved = this.jdbc.sql("""
				update venue
				   set name = :name, name_key = :nameKey, kind = :kind, street = :street, postcode = :postcode,
				       city = :city, municipality = :municipality, municipality_key = :municipalityKey,
				       meeting_link = :meetingLink, latitude = :latitude, longitude = :longitude, phone = :phone,
				       email = :email, version = version + 1
				 where id = :id and organisation_id = :tenant and version = :version
				""").params(columns(details)).param("id", id.value()).param("version", version).update() == 1;
		if (saved) {
			for (String table : List.of("venue_room", "venue_opening_hours", "venue_feature", "venue_programme")) {
				this.jdbc.sql("delete from " + table + " where venue_id = :id and organisation_id = :tenant")
					.param("id", id.value())
					.update();
			}
			insertChildren(List.of(new NewVenue(id, details, rooms)));
		}
		return saved;
	}

	Optional<Venue> find(VenueId id) {
		return withChildren(
				this.jdbc.sql("select " + COLUMNS + " from venue v where v.id = :id and v.organisation_id = :tenant")
					.param("id", id.value())
					.query(VenueRepository::row)
					.list())
			.stream()
			.findFirst();
	}

	Optional<Venue> findByName(String name) {
		return withChildren(this.jdbc
			.sql("select " + COLUMNS + " from venue v where v.name_key = :nameKey and v.organisation_id = :tenant")
			.param("nameKey", VenueDetails.key(name))
			.query(VenueRepository::row)
			.list()).stream().findFirst();
	}

	/** One page of the venues that match, in name order. */
	List<Venue> page(VenueQuery query) {
		Filter filter = Filter.of(query);
		return withChildren(this.jdbc.sql("select " + COLUMNS + " from venue v" + filter.where() + """
				 order by v.name_key, v.id
				limit :limit offset :offset
				""")
			.params(filter.parameters())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(VenueRepository::row)
			.list());
	}

	long count(VenueQuery query) {
		Filter filter = Filter.of(query);
		return this.jdbc.sql("select count(*) from venue v" + filter.where())
			.params(filter.parameters())
			.query(Long.class)
			.single();
	}

	/** Every venue in the programme, in name order. */
	List<Venue> inProgramme(ProgrammeId programme) {
		Filter filter = Filter.of(new VenueQuery("", programme, null, null, 0, 1));
		return withChildren(
				this.jdbc.sql("select " + COLUMNS + " from venue v" + filter.where() + " order by v.name_key, v.id")
					.params(filter.parameters())
					.query(VenueRepository::row)
					.list());
	}

	/**
	 * The programme's venues in some municipalities (by their key) or with some ids, in
	 * the same order as {@link #inProgramme(ProgrammeId)}.
	 */
	List<Venue> inProgramme(ProgrammeId programme, Collection<String> municipalityKeys, Collection<VenueId> ids) {
		if (municipalityKeys.isEmpty() && ids.isEmpty()) {
			return List.of();
		}
		Filter filter = Filter.of(new VenueQuery("", programme, null, null, 0, 1));
		Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
		parameters.put("municipalities", municipalityKeys.isEmpty() ? List.of("") : List.copyOf(municipalityKeys));
		parameters.put("ids", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids.stream().map(VenueId::value).toList());
		return withChildren(this.jdbc
			.sql("select " + COLUMNS + " from venue v" + filter.where()
					+ " and (v.municipality_key in (:municipalities) or v.id in (:ids)) order by v.name_key, v.id")
			.params(parameters)
			.query(VenueRepository::row)
			.list());
	}

	/**
	 * The ids of the programme's venues in some municipalities (by their key), without
	 * reading their rooms, opening hours or features.
	 */
	List<VenueId> idsInProgramme(ProgrammeId programme, Collection<String> municipalityKeys) {
		if (municipalityKeys.isEmpty()) {
			return List.of();
		}
		Filter filter = Filter.of(new VenueQuery("", programme, null, null, 0, 1));
		return this.jdbc
			.sql("select v.id from venue v" + filter.where() + " and v.municipality_key in (:municipalities)")
			.params(filter.parameters())
			.param("municipalities", List.copyOf(municipalityKeys))
			.query((row, number) -> new VenueId(row.getObject("id", UUID.class)))
			.list();
	}

	/** The municipalities the organisation has venues in, in alphabetical order. */
	List<String> municipalities() {
		return this.jdbc.sql("""
				select min(municipality) from venue
				where organisation_id = :tenant and municipality_key is not null
				group by municipality_key
				order by municipality_key
				""").query(String.class).list();
	}

	/** Every venue's id and name, in name order. */
	List<VenueName> names() {
		return this.jdbc.sql("select id, name from venue where organisation_id = :tenant order by name_key, id")
			.query((row, number) -> new VenueName(new VenueId(row.getObject("id", UUID.class)), row.getString("name")))
			.list();
	}

	/** The venues' rooms, opening hours, features and programmes, one batch per table. */
	private void insertChildren(List<NewVenue> venues) {
		List<Map<String, Object>> rooms = new ArrayList<>();
		List<Map<String, Object>> hours = new ArrayList<>();
		List<Map<String, Object>> features = new ArrayList<>();
		List<Map<String, Object>> programmes = new ArrayList<>();
		for (NewVenue venue : venues) {
			UUID id = venue.id().value();
			int order = 0;
			for (Room room : venue.rooms()) {
				rooms.add(Map.of("room", room.id().value(), "venue", id, "order", order++, "name", room.name(),
						"capacity", room.capacity()));
			}
			for (TimeWindow window : venue.details().openingHours().windows()) {
				hours.add(Map.of("venue", id, "day", window.day().getValue(), "opens", window.start(), "closes",
						window.end()));
			}
			for (AccessibilityFeature feature : venue.details().features()) {
				features.add(Map.of("venue", id, "feature", feature.name()));
			}
			for (ProgrammeId programme : venue.details().programmes()) {
				programmes.add(Map.of("venue", id, "programme", programme.value()));
			}
		}
		this.jdbc.batch("""
				insert into venue_room (id, organisation_id, venue_id, sort_order, name, capacity)
				values (:room, :tenant, :venue, :order, :name, :capacity)
				""", rooms);
		this.jdbc.batch("""
				insert into venue_opening_hours (organisation_id, venue_id, day_of_week, opens, closes)
				values (:tenant, :venue, :day, :opens, :closes)
				""", hours);
		this.jdbc.batch("""
				insert into venue_feature (organisation_id, venue_id, feature)
				values (:tenant, :venue, :feature)
				""", features);
		this.jdbc.batch("""
				insert into venue_programme (organisation_id, venue_id, programme_id)
				values (:tenant, :venue, :programme)
				""", programmes);
	}

	private static Map<String, @Nullable Object> columns(VenueDetails details) {
		Address address = details.address();
		Coordinates coordinates = details.coordinates();
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("name", details.name());
		columns.put("nameKey", details.nameKey());
		columns.put("kind", details.kind().name());
		columns.put("street", (address != null) ? address.street() : null);
		columns.put("postcode", (address != null) ? address.postcode() : null);
		columns.put("city", (address != null) ? address.city() : null);
		columns.put("municipality", (address != null) ? address.municipality() : null);
		columns.put("municipalityKey", (address != null) ? VenueDetails.key(address.municipality()) : null);
		columns.put("meetingLink", details.meetingLink());
		columns.put("latitude", (coordinates != null) ? coordinates.latitude() : null);
		columns.put("longitude", (coordinates != null) ? coordinates.longitude() : null);
		columns.put("phone", details.phone());
		columns.put("email", details.email());
		return columns;
	}

	/** Completes venue rows with their children, keeping the rows' order. */
	private List<Venue> withChildren(List<VenueRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Room>> rooms = new HashMap<>();
		Map<UUID, List<TimeWindow>> hours = new HashMap<>();
		Map<UUID, Set<AccessibilityFeature>> features = new HashMap<>();
		Map<UUID, Set<ProgrammeId>> programmes = new HashMap<>();
		List<UUID> ids = rows.stream().map(VenueRow::id).toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			this.jdbc.sql("""
					select venue_id, id, name, capacity from venue_room
					where organisation_id = :tenant and venue_id in (:ids)
					order by venue_id, sort_order
					""").param("ids", chunk).query((row) -> {
				rooms.computeIfAbsent(row.getObject("venue_id", UUID.class), (key) -> new ArrayList<>())
					.add(new Room(new RoomId(row.getObject("id", UUID.class)), row.getString("name"),
							row.getInt("capacity")));
			});
			this.jdbc.sql("""
					select venue_id, day_of_week, opens, closes from venue_opening_hours
					where organisation_id = :tenant and venue_id in (:ids)
					""").param("ids", chunk).query((row) -> {
				hours.computeIfAbsent(row.getObject("venue_id", UUID.class), (key) -> new ArrayList<>())
					.add(new TimeWindow(DayOfWeek.of(row.getInt("day_of_week")),
							row.getObject("opens", LocalTime.class), row.getObject("closes", LocalTime.class)));
			});
			this.jdbc.sql("""
					select venue_id, feature from venue_feature
					where organisation_id = :tenant and venue_id in (:ids)
					""").param("ids", chunk).query((row) -> {
				features
					.computeIfAbsent(row.getObject("venue_id", UUID.class),
							(key) -> EnumSet.noneOf(AccessibilityFeature.class))
					.add(AccessibilityFeature.valueOf(row.getString("feature")));
			});
			this.jdbc.sql("""
					select venue_id, programme_id from venue_programme
					where organisation_id = :tenant and venue_id in (:ids)
					""").param("ids", chunk).query((row) -> {
				programmes.computeIfAbsent(row.getObject("venue_id", UUID.class), (key) -> new HashSet<>())
					.add(new ProgrammeId(row.getObject("programme_id", UUID.class)));
			});
		}
		return rows.stream()
			.map((row) -> row.venue(rooms.getOrDefault(row.id(), List.of()),
					new WeeklyTimes(hours.getOrDefault(row.id(), List.of())), features.getOrDefault(row.id(), Set.of()),
					programmes.getOrDefault(row.id(), Set.of())))
			.toList();
	}

	private static VenueRow row(ResultSet row, int number) throws SQLException {
		String street = row.getString("street");
		Address address = (street != null)
				? new Address(street, row.getString("postcode"), row.getString("city"), row.getString("municipality"))
				: null;
		Double latitude = row.getObject("latitude", Double.class);
		Double longitude = row.getObject("longitude", Double.class);
		Coordinates coordinates = (latitude != null && longitude != null) ? new Coordinates(latitude, longitude) : null;
		return new VenueRow(row.getObject("id", UUID.class), row.getString("name"),
				VenueKind.valueOf(row.getString("kind")), address, row.getString("meeting_link"), coordinates,
				row.getString("phone"), row.getString("email"), row.getInt("version"));
	}

	private static String pattern(String search) {
		String escaped = search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/**
	 * A venue to insert, its rooms with their ids chosen.
	 *
	 * @param id the new venue's id
	 * @param details what it is
	 * @param rooms its rooms, in order
	 */
	record NewVenue(VenueId id, VenueDetails details, List<Room> rooms) {

	}

	/** A venue's own columns, before its children are loaded. */
	private record VenueRow(UUID id, String name, VenueKind kind, @Nullable Address address,
			@Nullable String meetingLink, @Nullable Coordinates coordinates, @Nullable String phone,
			@Nullable String email, int version) {

		Venue venue(List<Room> rooms, WeeklyTimes openingHours, Set<AccessibilityFeature> features,
				Set<ProgrammeId> programmes) {
			return new Venue(new VenueId(this.id), this.name, this.kind, this.address, this.meetingLink,
					this.coordinates, rooms, openingHours, features, this.phone, this.email, programmes, this.version);
		}

	}

	/** The where clause of a list query, with only the conditions the query asks for. */
	private record Filter(String where, Map<String, Object> parameters) {

		static Filter of(VenueQuery query) {
			StringBuilder where = new StringBuilder(" where v.organisation_id = :tenant");
			Map<String, Object> parameters = new LinkedHashMap<>();
			if (!query.search().isEmpty()) {
				where.append(" and (v.name_key like :search or lower(v.city) like :search")
					.append(" or v.municipality_key like :search)");
				parameters.put("search", pattern(query.search()));
			}
			if (query.kind() != null) {
				where.append(" and v.kind = :kind");
				parameters.put("kind", query.kind().name());
			}
			if (query.municipality() != null) {
				where.append(" and v.municipality_key = :municipality");
				parameters.put("municipality", VenueDetails.key(query.municipality()));
			}
			if (query.programme() != null) {
				where.append(" and v.id in (select p.venue_id from venue_programme p")
					.append(" where p.organisation_id = :tenant and p.programme_id = :programme)");
				parameters.put("programme", query.programme().value());
			}
			return new Filter(where.toString(), parameters);
		}

	}

}
