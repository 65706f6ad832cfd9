package io.carve.starter.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded PostgreSQL's two passwords, generated once and kept in its data directory, readable
 * by the service's user alone (mode 0600), so that restarts keep working: the superuser's, which
 * only the starter's setup uses, and the service's role's, which its pool uses.
 */
record PostgresCredentials(String superuserPassword, String servicePassword) {

	/** The file in the data directory; PostgreSQL leaves files it does not know alone. */
	static final String FILE = "carve-credentials.properties";

	/** The role the service connects as: owner of its schema, not a superuser. */
	static final String SERVICE_ROLE = "service";

	static final String SUPERUSER = "postgres";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom RANDOM = new SecureRandom();

	static PostgresCredentials generate() {
		return new PostgresCredentials(randomPassword(), randomPassword());
	}

	/** The credentials kept in this data directory, or {@code null} if it has none (new, or from before them). */
	static PostgresCredentials readFrom(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		String superuser = properties.getProperty("superuser.password");
		String service = properties.getProperty("service.password");
		if (superuser == null || service == null) {
			throw new IOException(file + " lacks superuser.password or service.password");
		}
		return new PostgresCredentials(superuser, service);
	}

	/** Writes them to the data directory, created readable by the owner alone, unless they are there already. */
	void writeTo(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE);
		if (Files.exists(file)) {
			return;
		}
		Properties properties = new Properties();
		properties.setProperty("superuser.password", this.superuserPassword);
		properties.setProperty("service.password", this.servicePassword);
		try (Writer writer = Files.newBufferedWriter(ownerOnly(file), StandardOpenOption.TRUNCATE_EXISTING)) {
			properties.store(writer, "The embedded PostgreSQL's passwords (service-starter); keep this file private.");
		}
	}

	/** A file for initdb's {@code --pwfile}, owner-only, which the caller deletes once the cluster exists. */
	Path superuserPasswordFile() throws IOException {
		Path file = ownerOnly(Files.createTempFile("carve-pg-", ".pw"));
		Files.writeString(file, this.superuserPassword + "\n");
		return file;
	}

	private static Path ownerOnly(Path file) throws IOException {
		if (!Files.exists(file)) {
			Files.createFile(file);
		}
		if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		return file;
	}

	/** 32 random bytes in hex: no quote or backslash, so it can stand in SQL and in files as it is. */
	private static String randomPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	@Override
	public String toString() {
		return "PostgresCredentials[hidden]";
	}

}
