package io.carve.test;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class HostileClientReportTests {

	@Test
	void writesOneRowPerProbeWithWhetherItHeld() throws Exception {
		Files.deleteIfExists(HostileClientReport.REPORT);
		EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleProbes.class)).execute();
		String report = Files.readString(HostileClientReport.REPORT);
		assertThat(report).contains("| refusedProbe() | held |")
			.contains("| brokenDefence() | NOT HELD: the door was open |");
	}

	@org.junit.jupiter.api.extension.ExtendWith(HostileClientReport.class)
	static class SampleProbes {

		@Test
		void refusedProbe() {
		}

		@Test
		void brokenDefence() {
			throw new AssertionError("the door was open\nsecond line");
		}

	}

}
