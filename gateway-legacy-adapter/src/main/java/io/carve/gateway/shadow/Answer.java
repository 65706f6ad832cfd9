package io.carve.gateway.shadow;

/** An HTTP answer as the client sees it. */
public record Answer(int status, org.springframework.http.HttpHeaders headers, byte[] body) { }
