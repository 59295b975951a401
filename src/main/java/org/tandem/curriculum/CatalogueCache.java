package org.tandem.curriculum;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.system.OrganisationId;

/**
 * Each organisation's catalogue as last read, with the catalogue version it was read at.
 * A copy is used only while the database still holds that version, so a change made
 * through any instance is seen by the next read on every instance. Only read-only
 * transactions fill it: a transaction that changed the catalogue could still roll back.
 */
@Component
class CatalogueCache {

	private final Map<OrganisationId, Copy> copies = new ConcurrentHashMap<>();

	private record Copy(long version, List<Topic> topics) {
	}

	/**
	 * The organisation's catalogue at {@code version}, from memory if held at that
	 * version, otherwise as {@code read} gives it.
	 * @param version the version the database holds now, read before the catalogue; empty
	 * if it holds none (nothing is kept then)
	 */
	List<Topic> topics(OrganisationId organisation, OptionalLong version, Supplier<List<Topic>> read) {
		if (version.isEmpty()) {
			return read.get();
		}
		Copy held = this.copies.get(organisation);
		if (held != null && held.version() == version.getAsLong()) {
			return held.topics();
		}
		List<Topic> topics = List.copyOf(read.get());
		// Read after the version: what was read is that version or newer, and a newer
		// version is told apart at the next read.
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			this.copies.put(organisation, new Copy(version.getAsLong(), topics));
		}
		return topics;
	}

}
