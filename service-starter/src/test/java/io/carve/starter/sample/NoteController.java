package io.carve.starter.sample;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NoteController {

	@PostMapping("/notes")
	@ResponseStatus(HttpStatus.CREATED)
	Note create(@RequestBody Note note) {
		return note;
	}

	@GetMapping("/failure")
	Note fail() {
		throw new IllegalStateException("io.carve.secret.Vault lost its key");
	}

	record Note(String text) {

	}

}
