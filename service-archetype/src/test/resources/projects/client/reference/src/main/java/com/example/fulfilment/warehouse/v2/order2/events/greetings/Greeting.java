package com.example.fulfilment.warehouse.v2.order2.events.greetings;

import io.carve.starter.data.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored greeting; its row version is its ETag. */
@Entity
@Table(name = "greetings")
class Greeting extends VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 255)
	private String message;

	protected Greeting() {
	}

	Greeting(String message) {
		this.message = message;
	}

	Long getId() {
		return this.id;
	}

	String getMessage() {
		return this.message;
	}

}
