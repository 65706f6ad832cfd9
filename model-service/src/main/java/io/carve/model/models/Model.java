package io.carve.model.models;

import io.carve.starter.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named model of a given type; the owner of {@code ModelValue}s. */
@Entity
@Table(name = "my_model")
public class Model extends VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 255)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "model_type", nullable = false, length = 16)
	private ModelType type;

	protected Model() {
	}

	Model(String name, ModelType type) {
		this.name = name;
		this.type = type;
	}

	void rename(String name, ModelType type) {
		this.name = name;
		this.type = type;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public ModelType getType() {
		return this.type;
	}

}
