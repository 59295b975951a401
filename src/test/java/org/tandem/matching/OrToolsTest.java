package org.tandem.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OR-Tools' native library, shipped inside the Maven artifact for this platform, loads
 * and solves: a clean clone on a fresh machine needs nothing installed for matching.
 */
class OrToolsTest {

	@Test
	void nativeMinCostFlowLoadsAndSolves() {
		Loader.loadNativeLibraries();
		MinCostFlow flow = new MinCostFlow();
		try {
			int cheap = flow.addArcWithCapacityAndUnitCost(0, 1, 1, -7);
			int dear = flow.addArcWithCapacityAndUnitCost(0, 2, 1, -3);
			flow.addArcWithCapacityAndUnitCost(1, 3, 1, 0);
			flow.addArcWithCapacityAndUnitCost(2, 3, 1, 0);
			flow.setNodeSupply(0, 1);
			flow.setNodeSupply(3, -2);
			assertThat(flow.solveMaxFlowWithMinCost()).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
			assertThat(flow.getMaximumFlow()).isEqualTo(1);
			assertThat(flow.getOptimalCost()).isEqualTo(-7);
			assertThat(flow.getFlow(cheap)).isEqualTo(1);
			assertThat(flow.getFlow(dear)).isZero();
		}
		finally {
			flow.delete();
		}
	}

}
