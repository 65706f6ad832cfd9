package io.carve.starter.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys in the service's database (table {@code carve_idempotency_key}, service-starter's
 * {@code db/carve} migration), so every instance of the service sees them and they survive a
 * restart. The database's clock alone decides expiry; claiming a key is one atomic insert.
 */
class IdempotencyKeys {

	/** What claiming a key found. */
	sealed interface Claim {

		/** The key is new: this request runs, and its answer is stored. */
		record Claimed() implements Claim {
		}

		/** The first request with this key has not been answered yet. */
		record InFlight() implements Claim {
		}

		/** The key was used for another request. */
		record OtherRequest() implements Claim {
		}

		/** A repeat of an answered request. */
		record Answered(StoredAnswer answer) implements Claim {
		}

	}

	private static final long PURGE_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();

	private final JdbcTemplate jdbc;

	private final Duration ttl;

	private final AtomicLong lastPurge = new AtomicLong();

	IdempotencyKeys(JdbcTemplate jdbc, Duration ttl) {
		this.jdbc = jdbc;
		this.ttl = ttl;
	}

	Claim claim(String key, String fingerprint) {
		purgeExpiredNowAndThen();
		this.jdbc.update("delete from carve_idempotency_key where idempotency_key = ? and expires_at < now()", key);
		int inserted = this.jdbc.update("insert into carve_idempotency_key (idempotency_key, fingerprint, expires_at)"
				+ " values (?, ?, now() + ? * interval '1 millisecond') on conflict (idempotency_key) do nothing", key,
				fingerprint, this.ttl.toMillis());
		if (inserted == 1) {
			return new Claim.Claimed();
		}
		List<Claim> found = this.jdbc.query(
				"select fingerprint, status, content_type, location, etag, body from carve_idempotency_key"
						+ " where idempotency_key = ?",
				(row, n) -> {
					int status = row.getInt("status");
					if (row.wasNull()) {
						return new Claim.InFlight();
					}
					if (!row.getString("fingerprint").equals(fingerprint)) {
						return new Claim.OtherRequest();
					}
					return new Claim.Answered(new StoredAnswer(status, row.getString("content_type"),
							row.getString("location"), row.getString("etag"), row.getBytes("body")));
				}, key);
		// Gone between the insert and the select: its first request failed and let it go just now.
		return found.isEmpty() ? new Claim.InFlight() : found.get(0);
	}

	void answer(String key, StoredAnswer answer) {
		this.jdbc.update("update carve_idempotency_key set status = ?, content_type = ?, location = ?, etag = ?,"
				+ " body = ? where idempotency_key = ?", answer.status(), answer.contentType(), answer.location(),
				answer.etag(), answer.body(), key);
	}

	/** Forgets a key whose request failed, so that its repeat runs anew. */
	void release(String key) {
		this.jdbc.update("delete from carve_idempotency_key where idempotency_key = ? and status is null", key);
	}

	/** Deletes the expired keys, at most once a minute per instance, so the table stays as small as its traffic. */
	private void purgeExpiredNowAndThen() {
		long now = System.currentTimeMillis();
		long last = this.lastPurge.get();
		if (now - last >= PURGE_EVERY_MILLIS && this.lastPurge.compareAndSet(last, now)) {
			purgeExpired();
		}
	}

	int purgeExpired() {
		return this.jdbc.update("delete from carve_idempotency_key where expires_at < now()");
	}

}
