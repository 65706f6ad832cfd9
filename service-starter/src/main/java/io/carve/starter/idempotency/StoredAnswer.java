package io.carve.starter.idempotency;

/** What the first request with a key was answered: replayed as it was to every repeat. */
record StoredAnswer(int status, String contentType, String location, String etag, byte[] body) {

}
