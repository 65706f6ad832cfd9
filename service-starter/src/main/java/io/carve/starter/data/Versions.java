package io.carve.starter.data;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ETag;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Entity versions as HTTP entity tags: a resource's {@code ETag} is its row version, and an
 * {@code If-Match} that names an older version is refused with 412, so no update is lost.
 */
public final class Versions {

	private Versions() {
	}

	/** The strong entity tag of a row version. */
	public static String etagOf(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Refuses the change when {@code ifMatch} is present and names neither {@code *} nor the
	 * current version. Weak tags never match, as RFC 9110 asks of {@code If-Match}.
	 */
	public static void requireMatch(String ifMatch, long currentVersion) {
		if (ifMatch == null) {
			return;
		}
		List<ETag> tags = ETag.parse(ifMatch);
		if (tags.isEmpty()) {
			throw preconditionFailed("The If-Match header '" + ifMatch
					+ "' is not a list of entity tags; send the ETag of your last read, e.g. If-Match: \"3\".");
		}
		String current = etagOf(currentVersion);
		boolean matches = tags.stream()
			.anyMatch((tag) -> tag.isWildcard() || (!tag.weak() && tag.formattedTag().equals(current)));
		if (!matches) {
			throw stale(current);
		}
	}

	/**
	 * Runs a flushing write; a concurrent change caught by the row version becomes 412 when the
	 * client sent {@code If-Match}, else 409.
	 */
	public static <T> T flushGuarded(String ifMatch, Supplier<T> write) {
		try {
			return write.get();
		}
		catch (OptimisticLockingFailureException ex) {
			if (ifMatch != null) {
				throw stale(null);
			}
			ErrorResponseException conflict = new ErrorResponseException(HttpStatus.CONFLICT);
			conflict.getBody().setTitle("Concurrent update");
			conflict.getBody()
				.setDetail("The resource was changed by another request while this one ran; read it again and retry.");
			throw conflict;
		}
	}

	private static ErrorResponseException stale(String current) {
		return preconditionFailed("The resource has changed since you read it"
				+ ((current != null) ? " (its ETag is now " + current + ")" : "")
				+ "; GET it again, reapply your change and send the new ETag in If-Match.");
	}

	private static ErrorResponseException preconditionFailed(String detail) {
		ErrorResponseException ex = new ErrorResponseException(HttpStatus.PRECONDITION_FAILED);
		ex.getBody().setTitle("Precondition failed");
		ex.getBody().setDetail(detail);
		return ex;
	}

}
