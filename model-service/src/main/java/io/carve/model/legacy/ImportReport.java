package io.carve.model.legacy;

import java.io.PrintWriter;
import java.util.List;

import io.carve.model.legacy.ImportPlan.Decision;
import io.carve.model.legacy.ImportPlan.Outcome;

/** The run's report for a person: counts per table, each refused row and why, what to do next. */
final class ImportReport {

	private ImportReport() {
	}

	static void print(ImportPlan plan, String source, boolean dryRun, PrintWriter out) {
		out.println((dryRun ? "Dry run of the import from " : "Imported from ") + source
				+ (dryRun ? " (nothing was written):" : ":"));
		out.printf("%-16s %8s %8s %10s %8s%n", "TABLE", "ADDED", "UPDATED", "UNCHANGED", "REFUSED");
		counts(plan, ImportPlan.MODELS, plan.models(), out);
		counts(plan, ImportPlan.VALUES, plan.values(), out);
		List<Decision<?>> refused = plan.refused();
		if (!refused.isEmpty()) {
			out.println();
			out.println("Refused rows, left in the monolith only:");
			refused.forEach((decision) -> out.println(decision.table() + " " + decision.id() + ": " + decision.reason()));
		}
		out.println();
		if (dryRun) {
			out.println("Next: run the same command without --dry-run to write these changes.");
		}
		else if (!refused.isEmpty()) {
			out.println("Next: fix the refused rows in the monolith (or accept leaving them behind) and run the import"
					+ " again; the rows imported now will be left unchanged.");
		}
		else {
			out.println("Next: every row is in the service. Run the import again right before switching the route,"
					+ " to bring over what changed in the monolith since.");
		}
	}

	private static <R> void counts(ImportPlan plan, String table, List<Decision<R>> decisions, PrintWriter out) {
		out.printf("%-16s %8d %8d %10d %8d%n", table, plan.count(decisions, Outcome.ADDED),
				plan.count(decisions, Outcome.UPDATED), plan.count(decisions, Outcome.UNCHANGED),
				plan.count(decisions, Outcome.REFUSED));
	}

}
