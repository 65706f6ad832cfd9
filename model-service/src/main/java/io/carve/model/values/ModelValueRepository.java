package io.carve.model.values;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored values, always looked up within their model. */
interface ModelValueRepository extends JpaRepository<ModelValue, Long> {

	Page<ModelValue> findByModelId(long modelId, Pageable pageable);

	Optional<ModelValue> findByIdAndModelId(long id, long modelId);

}
