package org.tandem.venues;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.organisations.TestOrganisation;
import org.tandem.organisations.TestOrganisations;
import org.tandem.system.Tenancy;
import org.tandem.system.WeeklyTimes;
import org.tandem.testing.TandemTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Many venues created at once, as an import does: batch after batch in one transaction,
 * the names already taken or repeated in the list refused, and nothing kept when anything
 * fails.
 */
@TandemTest
class CreateManyVenuesTest {

	@Autowired
	Venues venues;

	@Autowired
	TestOrganisations organisations;

	@Autowired
	Tenancy tenancy;

	TestOrganisation kage;

	@BeforeEach
	void anOrganisation() {
		this.kage = this.organisations.create("Kåge");
	}

	static VenueDetails careHome(String name) {
		return new VenueDetails(name, VenueKind.CARE_HOME, new Address("Solvägen 3", "934 31", "Kåge", "Skellefteå"),
				null, null, List.of(new RoomDetails(null, "Dagrummet", 10)), WeeklyTimes.NONE,
				Set.of(AccessibilityFeature.LIFT), "0910-123 45", null, Set.of());
	}

	static List<VenueDetails> careHomes(int count) {
		List<VenueDetails> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			list.add(careHome("Solgården " + i));
		}
		return list;
	}

	long count() {
		return this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.venues.page(new VenueQuery("", null, null, null, 0, 1)).totalItems());
	}

	@Test
	void writesEveryBatchAndReportsProgressAfterEach() {
		List<Integer> progress = new ArrayList<>();

		int created = this.tenancy.callAs(this.kage.organisation().id(),
				() -> this.venues.createAll(careHomes(1200), progress::add));

		assertThat(created).isEqualTo(1200);
		assertThat(progress).containsExactly(500, 1000, 1200);
		assertThat(count()).isEqualTo(1200);
		Venue first = this.tenancy.callAs(this.kage.organisation().id(), () -> this.venues.findByName("SOLGÅRDEN 0"))
			.orElseThrow();
		assertThat(first.rooms()).extracting(Room::name, Room::capacity).containsExactly(tuple("Dagrummet", 10));
		assertThat(first.features()).containsExactly(AccessibilityFeature.LIFT);
	}

	@Test
	void keepsNothingWhenALaterBatchFails() {
		assertThatThrownBy(() -> this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.venues.createAll(careHomes(1200), (done) -> {
					if (done == 1000) {
						throw new IllegalStateException("The instance stopped");
					}
				})))
			.hasMessage("The instance stopped");

		assertThat(count()).isZero();
	}

	@Test
	void refusesANameTheOrganisationHasOrTheListRepeatsWhateverItsCase() {
		this.tenancy.runAs(this.kage.organisation().id(), () -> this.venues.create(careHome("Solgården")));
		TestOrganisation byske = this.organisations.create("Byske");

		assertThatThrownBy(() -> this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.venues.createAll(List.of(careHome("Ängsgården"), careHome("SOLGÅRDEN")), (done) -> {
				})))
			.isInstanceOf(VenueNameTaken.class)
			.hasFieldOrPropertyWithValue("field", "name");
		assertThatThrownBy(() -> this.tenancy.runAs(this.kage.organisation().id(),
				() -> this.venues.createAll(List.of(careHome("Ängsgården"), careHome("ängsgården ")), (done) -> {
				})))
			.isInstanceOf(VenueNameTaken.class);
		assertThat(count()).isEqualTo(1);
		assertThat(this.tenancy.callAs(byske.organisation().id(),
				() -> this.venues.createAll(List.of(careHome("Solgården")), (done) -> {
				})))
			.isEqualTo(1);
	}

}
