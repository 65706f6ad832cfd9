package ${package}.greetings;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored greetings. */
interface GreetingRepository extends JpaRepository<Greeting, Long> {

}
