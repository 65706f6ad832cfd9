package io.carve.gateway;

import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock transformer that answers every other request to the stubs that name it with a bare
 * 503, and the rest as stubbed: exactly half the answers fail, however many callers race.
 */
public final class EveryOtherAnswerFails implements ResponseDefinitionTransformerV2 {

	/** What a stub names in {@code withTransformers} to use it. */
	public static final String NAME = "every-other-answer-fails";

	private final AtomicLong answers = new AtomicLong();

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		if (this.answers.getAndIncrement() % 2 == 0) {
			return ResponseDefinitionBuilder.responseDefinition().withStatus(503).build();
		}
		return serveEvent.getResponseDefinition();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

}
