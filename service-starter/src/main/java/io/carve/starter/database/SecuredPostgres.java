package io.carve.starter.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What makes the embedded PostgreSQL safe on a shared machine: logins by password only (SCRAM),
 * from this machine only, in the {@code pg_hba.conf} written before every start; and the service's
 * own role, which owns the schema {@code public} of database {@code postgres} and everything in it
 * but is no superuser, so a leaked pool connection cannot read files or run programs.
 */
final class SecuredPostgres {

	static final String DATABASE = "postgres";

	private static final String PG_HBA = """
			# Written by service-starter before every start of the embedded PostgreSQL: password logins
			# (SCRAM) only, from this machine only. Edits here are overwritten.
			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private SecuredPostgres() {
	}

	static void writeAccessRules(Path dataDirectory) throws IOException {
		Files.writeString(dataDirectory.resolve("pg_hba.conf"), PG_HBA);
	}

	/** Whether the cluster in this directory lets anyone in without a password, as clusters made before did. */
	static boolean trustsAnyone(Path dataDirectory) throws IOException {
		Path rules = dataDirectory.resolve("pg_hba.conf");
		return Files.isRegularFile(rules) && Files.readAllLines(rules)
			.stream()
			.map(String::strip)
			.filter((line) -> !line.startsWith("#") && !line.isEmpty())
			.anyMatch((line) -> line.matches(".*\\btrust\\b.*"));
	}

	/** Gives the superuser its password, on a cluster still trusting everyone; the caller then writes the rules and reloads. */
	static void setSuperuserPassword(EmbeddedPostgres postgres, PostgresCredentials credentials) throws SQLException {
		try (Connection connection = superuser(postgres, credentials); Statement statement = connection.createStatement()) {
			statement.execute("alter role " + PostgresCredentials.SUPERUSER + " password '"
					+ credentials.superuserPassword() + "'");
		}
	}

	static void reloadAccessRules(EmbeddedPostgres postgres, PostgresCredentials credentials) throws SQLException {
		try (Connection connection = superuser(postgres, credentials); Statement statement = connection.createStatement()) {
			statement.execute("select pg_reload_conf()");
		}
	}

	/**
	 * Creates the service's role if missing, sets its password, and hands it the schema and what
	 * is in it (tables an earlier run created as the superuser among them). Safe to run at every start.
	 */
	static void prepareServiceRole(EmbeddedPostgres postgres, PostgresCredentials credentials) throws SQLException {
		String role = PostgresCredentials.SERVICE_ROLE;
		try (Connection connection = superuser(postgres, credentials); Statement statement = connection.createStatement()) {
			statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role
					+ "') then create role " + role + " login; end if; end $$");
			statement.execute("alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication"
					+ " nobypassrls password '" + credentials.servicePassword() + "'");
			statement.execute("alter schema public owner to " + role);
			// Objects an earlier run made as the superuser; sequences owned by a column follow their table.
			statement.execute("""
					do $$ declare r record; begin
					  for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
					    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
					      and pg_get_userbyid(c.relowner) <> '%1$s'
					      and not exists (select from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
					  loop
					    execute format('alter %%s public.%%I owner to %1$s',
					      case r.relkind when 'S' then 'sequence' when 'v' then 'view'
					        when 'm' then 'materialized view' else 'table' end, r.relname);
					  end loop;
					end $$""".formatted(role));
		}
	}

	private static Connection superuser(EmbeddedPostgres postgres, PostgresCredentials credentials) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", PostgresCredentials.SUPERUSER);
		properties.setProperty("password", credentials.superuserPassword());
		return DriverManager.getConnection(jdbcUrl(postgres), properties);
	}

	/** The URL of the service's database, naming no user. */
	static String jdbcUrl(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

}
