package com.example.fulfilment.warehouse.v2.order2.events.greetings;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored greetings. */
interface GreetingRepository extends JpaRepository<Greeting, Long> {

}
