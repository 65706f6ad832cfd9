package io.carve.model.legacy;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import io.carve.model.models.ModelRequest;
import io.carve.model.models.ModelType;
import io.carve.model.values.ValueRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;

/**
 * Whether the service can store one monolith row, by the API's own rules (the constraints of
 * {@link ModelRequest} and {@link ValueRequest}), so an imported row is one a client could have
 * sent; the reason for a row it cannot store, in words.
 */
final class LegacyRowCheck implements AutoCloseable {

	private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = this.factory.getValidator();

	/**
	 * The service's type for the monolith's stored ChoiceType value: {@code 'group'} or
	 * {@code 'user'} exactly. ChoiceType matches case-sensitively, so the monolith itself could not
	 * load any other spelling, {@code 'USER'} included.
	 */
	static Optional<ModelType> type(String stored) {
		if ("group".equals(stored) || "user".equals(stored)) {
			return Optional.of(ModelType.valueOf(stored.toUpperCase(Locale.ROOT)));
		}
		return Optional.empty();
	}

	/** Why a model cannot be stored, or empty when it can. */
	Optional<String> refusal(MonolithRows.LegacyModel model) {
		if (model.name() == null) {
			return Optional.of("name is missing");
		}
		if (model.name().isBlank()) {
			return Optional.of("name is blank");
		}
		Optional<ModelType> type = type(model.type());
		Optional<String> invalid = firstViolation(new ModelRequest(model.name(), type.orElse(ModelType.USER)));
		if (invalid.isPresent()) {
			return invalid;
		}
		if (model.type() == null) {
			return Optional.of("type is missing");
		}
		if (type.isEmpty()) {
			return Optional.of("type '" + model.type() + "' is unknown (the monolith stores 'group' or 'user')");
		}
		return Optional.empty();
	}

	/** Why a value's text cannot be stored, or empty when it can; its model is checked by the plan. */
	Optional<String> refusal(MonolithRows.LegacyValue value) {
		if (value.value() == null) {
			return Optional.of("value is missing");
		}
		return firstViolation(new ValueRequest(value.value()));
	}

	private <T> Optional<String> firstViolation(T request) {
		return this.validator.validate(request)
			.stream()
			.min(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString()))
			.map(LegacyRowCheck::describe);
	}

	private static String describe(ConstraintViolation<?> violation) {
		String field = violation.getPropertyPath().toString();
		if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size
				&& violation.getInvalidValue() instanceof CharSequence text) {
			return String.format(Locale.ROOT, "%s has %,d characters, more than the %,d the service stores", field,
					text.length(), size.max());
		}
		return field + " " + violation.getMessage();
	}

	@Override
	public void close() {
		this.factory.close();
	}

}
