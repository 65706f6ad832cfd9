package io.carve.starter.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.carve.starter.problems.InvalidParametersException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns the {@code page}, {@code size} and {@code sort} parameters of a list into a
 * {@link Pageable}, refusing values out of range instead of silently clamping them; the largest
 * page is {@code carve.paging.max-page-size}.
 */
public class Paging {

	private final int maxPageSize;

	public Paging(int maxPageSize) {
		this.maxPageSize = maxPageSize;
	}

	/**
	 * The page request; {@code sort} takes {@code property[,asc|desc]} values, repeated or
	 * comma-joined, and only the given properties. Lists are sorted by id unless asked otherwise.
	 */
	public Pageable of(int page, int size, List<String> sort, Set<String> sortable) {
		List<InvalidParametersException.Error> errors = new ArrayList<>();
		if (page < 0) {
			errors.add(new InvalidParametersException.Error("page", "must be 0 or more (pages count from 0)"));
		}
		if (size < 1 || size > this.maxPageSize) {
			errors.add(new InvalidParametersException.Error("size", "must be between 1 and " + this.maxPageSize));
		}
		if (page > 0 && size > 0 && (long) page * size > Integer.MAX_VALUE) {
			errors.add(new InvalidParametersException.Error("page",
					"is beyond the last possible page: page x size must not exceed " + Integer.MAX_VALUE));
		}
		Sort order = parseSort((sort != null) ? sort : List.of(), sortable, errors);
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		return PageRequest.of(page, size, order.isSorted() ? order.and(Sort.by("id")) : Sort.by("id"));
	}

	private static Sort parseSort(Collection<String> values, Set<String> sortable,
			List<InvalidParametersException.Error> errors) {
		List<Sort.Order> orders = new ArrayList<>();
		for (String value : values) {
			for (String token : value.split(",")) {
				String trimmed = token.trim();
				String lower = trimmed.toLowerCase(Locale.ROOT);
				if (trimmed.isEmpty()) {
					continue;
				}
				if ((lower.equals("asc") || lower.equals("desc")) && !orders.isEmpty()) {
					Sort.Order last = orders.remove(orders.size() - 1);
					orders.add(last.with(Sort.Direction.fromString(lower)));
				}
				else if (sortable.contains(trimmed)) {
					orders.add(Sort.Order.asc(trimmed));
				}
				else {
					errors.add(new InvalidParametersException.Error("sort",
							"cannot sort by '" + trimmed + "'; use one of " + new TreeSet<>(sortable)
									+ ", optionally followed by ',asc' or ',desc'"));
				}
			}
		}
		return Sort.by(orders);
	}

}
