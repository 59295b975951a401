package org.tandem.venues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;

/**
 * The venues of the current organisation: where sessions happen, their rooms, opening
 * hours and accessibility, and the programmes they take part in. Nothing here can reach
 * another organisation's venues.
 */
@Service
public class Venues {

	/**
	 * Venues written per JDBC batch by {@link #createAll}; progress is told after each.
	 */
	static final int BATCH_SIZE = 500;

	private final VenueRepository venues;

	private final Programmes programmes;

	Venues(VenueRepository venues, Programmes programmes) {
		this.venues = venues;
		this.programmes = programmes;
	}

	/**
	 * @throws VenueNotFound if the current organisation has no such venue
	 */
	public Venue get(VenueId id) {
		return find(id).orElseThrow(() -> new VenueNotFound(id));
	}

	/** The venue, if the current organisation has it. */
	public Optional<Venue> find(VenueId id) {
		return this.venues.find(id);
	}

	/** The venue with this name, compared without regard to case. */
	public Optional<Venue> findByName(String name) {
		return this.venues.findByName(name);
	}

	/** The venues that match the query's search and filters, one page in name order. */
	public VenuePage page(VenueQuery query) {
		return new VenuePage(this.venues.page(query), query.page(), query.size(), this.venues.count(query));
	}

	/** Every venue that takes part in the programme, in name order. */
	public List<Venue> inProgramme(ProgrammeId programme) {
		return this.venues.inProgramme(programme);
	}

	/**
	 * The programme's venues in some municipalities (in any letter case) or with some
	 * ids, in the same order as {@link #inProgramme(ProgrammeId)}: what matching one
	 * newcomer needs of a national programme's venues.
	 */
	public List<Venue> inProgramme(ProgrammeId programme, Collection<String> municipalities, Collection<VenueId> ids) {
		return this.venues.inProgramme(programme, municipalities.stream().map(VenueDetails::key).distinct().toList(),
				ids);
	}

	/**
	 * The ids of the programme's venues in some municipalities (in any letter case), read
	 * without their rooms, opening hours or features.
	 */
	public List<VenueId> idsInProgramme(ProgrammeId programme, Collection<String> municipalities) {
		return this.venues.idsInProgramme(programme,
				municipalities.stream().map(VenueDetails::key).distinct().toList());
	}

	/**
	 * Every venue of the organisation by name, for choices and filters: a light list that
	 * loads no rooms or opening hours, so it serves thousands of venues at once.
	 */
	public List<VenueName> names() {
		return this.venues.names();
	}

	/** The municipalities the organisation has venues in, for filters. */
	public List<String> municipalities() {
		return this.venues.municipalities();
	}

	/**
	 * Creates a venue.
	 * @throws VenueNameTaken if another venue of the organisation has this name
	 * @throws VenueRefused if a programme it names is not one of the organisation's
	 */
	@Transactional
	public Venue create(VenueDetails details) {
		refuseUnknownProgrammes(details);
		refuseTakenName(details, null);
		VenueId id = new VenueId(UUID.randomUUID());
		try {
			this.venues.insert(id, details, rooms(details, Set.of()));
		}
		catch (DuplicateKeyException raced) {
			throw new VenueNameTaken(details.name());
		}
		return get(id);
	}

	/**
	 * Creates many venues at once, as an import does, with the rules of {@link #create}
	 * applied to each, in JDBC batches. All or nothing: inside the caller's transaction,
	 * or one of its own.
	 * @param progress told how many are written so far, after each batch
	 * @return the number created
	 * @throws VenueNameTaken if the organisation has a venue of one of the names, or two
	 * venues of the list share a name; nothing is then kept
	 * @throws VenueRefused if a programme one of them names is not one of the
	 * organisation's
	 * @throws DuplicateKeyException if another request created a venue of one of the
	 * names meanwhile
	 */
	@Transactional
	public int createAll(List<VenueDetails> venues, IntConsumer progress) {
		KnownVenueNames names = knownNames();
		for (VenueDetails details : venues) {
			refuseUnknownProgrammes(details);
			if (names.includes(details)) {
				throw new VenueNameTaken(details.name());
			}
			names.add(details);
		}
		int done = 0;
		for (int from = 0; from < venues.size(); from += BATCH_SIZE) {
			List<VenueRepository.NewVenue> batch = new ArrayList<>();
			for (VenueDetails details : venues.subList(from, Math.min(venues.size(), from + BATCH_SIZE))) {
				batch.add(new VenueRepository.NewVenue(new VenueId(UUID.randomUUID()), details,
						rooms(details, Set.of())));
			}
			this.venues.insertAll(batch);
			done += batch.size();
			progress.accept(done);
		}
		return done;
	}

	/**
	 * The names of the organisation's venues, to find repeats among many new venues at
	 * once without asking for each.
	 */
	public KnownVenueNames knownNames() {
		return new KnownVenueNames(this.venues.nameKeys());
	}

	/**
	 * Saves a coordinator's edit made against the version they saw. Rooms that name one
	 * of the venue's rooms keep its id; the others are new rooms, and rooms left out are
	 * removed.
	 * @throws VenueNotFound if the current organisation has no such venue
	 * @throws OptimisticLockingFailureException if someone changed the venue since
	 * {@code version}
	 * @throws VenueNameTaken if another venue of the organisation has the new name
	 * @throws VenueRefused if a programme it names is not one of the organisation's
	 */
	@Transactional
	public Venue change(VenueId id, int version, VenueDetails details) {
		Venue before = get(id);
		refuseUnknownProgrammes(details);
		refuseTakenName(details, id);
		Set<RoomId> existing = before.rooms().stream().map(Room::id).collect(Collectors.toSet());
		boolean saved;
		try {
			saved = this.venues.update(id, version, details, rooms(details, existing));
		}
		catch (DuplicateKeyException raced) {
			throw new VenueNameTaken(details.name());
		}
		if (!saved) {
			throw new OptimisticLockingFailureException("Venue " + id + " changed since version " + version);
		}
		return get(id);
	}

	/**
	 * The rooms to save: a room keeps its id only if it is one of this venue's rooms and
	 * no earlier room in the list claimed it.
	 */
	private static List<Room> rooms(VenueDetails details, Set<RoomId> existing) {
		Set<RoomId> unclaimed = new HashSet<>(existing);
		List<Room> rooms = new ArrayList<>();
		for (RoomDetails room : details.rooms()) {
			RoomId id = (room.id() != null && unclaimed.remove(room.id())) ? room.id() : new RoomId(UUID.randomUUID());
			rooms.add(new Room(id, room.name(), room.capacity()));
		}
		return rooms;
	}

	private void refuseUnknownProgrammes(VenueDetails details) {
		for (ProgrammeId programme : details.programmes()) {
			if (this.programmes.find(programme).isEmpty()) {
				throw VenueRefused.programmeUnknown(programme);
			}
		}
	}

	private void refuseTakenName(VenueDetails details, @Nullable VenueId self) {
		this.venues.findByName(details.name()).filter((other) -> !other.id().equals(self)).ifPresent((other) -> {
			throw new VenueNameTaken(details.name());
		});
	}

}
