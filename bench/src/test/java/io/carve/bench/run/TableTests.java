package io.carve.bench.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TableTests {

	@Test
	void keepsThreeSignificantDigits() {
		Table table = new Table("t", "T", "about").column("a", "A").column("b", "B").column("c", "C");
		table.row("r", "a", 2187.6543, "b", 0.012345, "c", 3L);
		assertThat(table.rows().get(0)).containsEntry("a", 2190L).containsEntry("b", 0.0123).containsEntry("c", 3L);
	}

	@Test
	void refusesAFigureWithoutAColumn() {
		Table table = new Table("t", "T", "about").column("a", "A");
		assertThatIllegalArgumentException().isThrownBy(() -> table.row("r", "typo", 1.0));
	}

	@Test
	void writesAMarkdownTableOfTheSameRows() {
		Report report = new Report();
		report.table(new Table("t", "Title", "About it.").column("name", "name").column("rps", "req/s"))
			.row("one", "name", "a | b", "rps", 12.0);
		assertThat(Markdown.write(report)).contains("## Title\n\nAbout it.\n\n| name | req/s |\n|---|---|\n| a \\| b | 12 |\n");
	}

}
