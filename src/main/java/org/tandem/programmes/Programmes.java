package org.tandem.programmes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.tandem.system.OrganisationId;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes of the current organisation: the terms that mentors, seniors and venues
 * take part in. Nothing here can reach another organisation's programmes.
 */
@Service
public class Programmes {

	private final ProgrammeRepository programmes;

	Programmes(ProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	/** Every programme of the organisation, the latest term first. */
	public List<Programme> all() {
		return this.programmes.all();
	}

	/**
	 * @throws ProgrammeNotFound if the current organisation has no such programme
	 */
	public Programme get(ProgrammeId id) {
		return find(id).orElseThrow(() -> new ProgrammeNotFound(id));
	}

	/** The programme, if the current organisation has it. */
	public Optional<Programme> find(ProgrammeId id) {
		return this.programmes.find(id);
	}

	/**
	 * The organisation that runs a programme, for public pages such as sign-up forms that
	 * are opened without signing in. Answers nothing for an unknown id.
	 */
	public Optional<OrganisationId> organisationOf(ProgrammeId id) {
		return this.programmes.organisationOf(id);
	}

	/** The programme with this name, compared without regard to case. */
	public Optional<Programme> findByName(String name) {
		return this.programmes.findByName(name);
	}

	/**
	 * Creates a programme.
	 * @throws ProgrammeNameTaken if another programme of the organisation has this name
	 */
	@Transactional
	public Programme create(ProgrammeDetails details) {
		refuseTakenName(details, null);
		ProgrammeId id = new ProgrammeId(UUID.randomUUID());
		try {
			this.programmes.insert(id, details);
		}
		catch (DuplicateKeyException raced) {
			throw new ProgrammeNameTaken(details.name());
		}
		return get(id);
	}

	/**
	 * Saves a coordinator's edit made against the version they saw.
	 * @throws ProgrammeNotFound if the current organisation has no such programme
	 * @throws OptimisticLockingFailureException if someone changed the programme since
	 * {@code version}
	 * @throws ProgrammeNameTaken if another programme of the organisation has the new
	 * name
	 */
	@Transactional
	public Programme change(ProgrammeId id, int version, ProgrammeDetails details) {
		get(id);
		refuseTakenName(details, id);
		boolean saved;
		try {
			saved = this.programmes.update(id, version, details);
		}
		catch (DuplicateKeyException raced) {
			throw new ProgrammeNameTaken(details.name());
		}
		if (!saved) {
			throw new OptimisticLockingFailureException("Programme " + id + " changed since version " + version);
		}
		return get(id);
	}

	private void refuseTakenName(ProgrammeDetails details, @Nullable ProgrammeId self) {
		this.programmes.findByName(details.name()).filter((other) -> !other.id().equals(self)).ifPresent((other) -> {
			throw new ProgrammeNameTaken(details.name());
		});
	}

}
