package io.carve.model.models;

import io.carve.starter.data.Versions;
import jakarta.persistence.EntityManager;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** The model use cases, each one transaction. */
@Component
@Transactional
public class Models {

	/** The constraint of V1 that keeps model names unique. */
	private static final String UNIQUE_NAME = "uk_my_model_name";

	private final ModelRepository repository;

	private final EntityManager entityManager;

	Models(ModelRepository repository, EntityManager entityManager) {
		this.repository = repository;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public Page<Model> list(ModelType type, String name, Pageable pageable) {
		Specification<Model> filter = Specification.unrestricted();
		if (type != null) {
			filter = filter.and((model, query, cb) -> cb.equal(model.get("type"), type));
		}
		if (StringUtils.hasText(name)) {
			String pattern = "%" + name.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			filter = filter.and((model, query, cb) -> cb.like(cb.lower(model.get("name")), pattern, '\\'));
		}
		return this.repository.findAll(filter, pageable);
	}

	/**
	 * The model with this id, or a 404 problem. Read alone, it is one SELECT in autocommit: a
	 * transaction (and the repository's findById always opens one) added a BEGIN and a COMMIT round
	 * trip to PostgreSQL, 18 % of a read's CPU (bench/profiles/). In a caller's transaction, in that.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Model get(long id) {
		Model model = this.entityManager.find(Model.class, id);
		if (model == null) {
			throw new ModelNotFoundException(id);
		}
		return model;
	}

	Model create(ModelRequest request) {
		return saveUniquelyNamed(new Model(request.name(), request.type()));
	}

	Model replace(long id, String ifMatch, ModelRequest request) {
		Model model = get(id);
		Versions.requireMatch(ifMatch, model.getVersion());
		model.rename(request.name(), request.type());
		return Versions.flushGuarded(ifMatch, () -> saveUniquelyNamed(model));
	}

	void delete(long id, String ifMatch) {
		Model model = get(id);
		Versions.requireMatch(ifMatch, model.getVersion());
		Versions.flushGuarded(ifMatch, () -> {
			this.repository.delete(model);
			this.repository.flush();
			return model;
		});
	}

	private Model saveUniquelyNamed(Model model) {
		try {
			return this.repository.saveAndFlush(model);
		}
		catch (DataIntegrityViolationException ex) {
			if (ex.getCause() instanceof ConstraintViolationException violation
					&& UNIQUE_NAME.equals(violation.getConstraintName())) {
				throw new DuplicateModelNameException(model.getName());
			}
			throw ex;
		}
	}

}
