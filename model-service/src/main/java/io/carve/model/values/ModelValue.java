package io.carve.model.values;

import io.carve.model.models.Model;
import io.carve.starter.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A value that belongs to one model and goes when its model goes. */
@Entity
@Table(name = "my_model_values")
public class ModelValue extends VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "model_id", nullable = false, updatable = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Model model;

	@Column(nullable = false, length = 1024)
	private String value;

	protected ModelValue() {
	}

	ModelValue(Model model, String value) {
		this.model = model;
		this.value = value;
	}

	void change(String value) {
		this.value = value;
	}

	Long getId() {
		return this.id;
	}

	long getModelId() {
		return this.model.getId();
	}

	String getValue() {
		return this.value;
	}

}
