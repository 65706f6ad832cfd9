package io.carve.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import au.com.dius.pact.core.pactbroker.IHalClient;
import au.com.dius.pact.core.pactbroker.NotFoundHalResponse;
import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.support.Auth;
import au.com.dius.pact.core.support.Result;

/**
 * Records in the Pact Broker at {@code PACT_BROKER_BASE_URL} that a version of a pacticipant is
 * deployed to an environment, as the broker's own {@code pact-broker record-deployment} does: the
 * version's {@code pb:record-deployment} link named after the environment, followed with Pact JVM's
 * HAL client. Run as {@code RecordDeployment PACTICIPANT VERSION ENVIRONMENT}; a
 * {@code PACT_BROKER_TOKEN} is sent as a bearer token.
 */
public final class RecordDeployment {

	private static final String RECORD_DEPLOYMENT = "pb:record-deployment";

	private RecordDeployment() {
	}

	public static void main(String[] args) {
		String url = System.getenv("PACT_BROKER_BASE_URL");
		if (args.length != 3 || args[0].isBlank() || args[1].isBlank() || args[2].isBlank() || url == null || url.isBlank()) {
			fail(2, "usage: PACT_BROKER_BASE_URL=URL [PACT_BROKER_TOKEN=TOKEN] RecordDeployment PACTICIPANT VERSION ENVIRONMENT");
		}
		String pacticipant = args[0];
		String version = args[1];
		String environment = args[2];
		String token = System.getenv("PACT_BROKER_TOKEN");
		Map<String, Object> options = (token != null && !token.isBlank())
				? Map.of("authentication", new Auth.BearerAuthentication(token, Auth.DEFAULT_AUTH_HEADER)) : Map.of();
		try {
			record(new PactBrokerClient(url, options, new PactBrokerClientConfig()).newHalClient(), pacticipant, version,
					environment);
		}
		catch (Exception ex) {
			fail(1, "record-deployment: the broker at " + url + " could not be asked: " + ex);
		}
		System.out.println("record-deployment: " + pacticipant + " version " + version + " is recorded as deployed to "
				+ environment + ".");
	}

	private static void record(IHalClient broker, String pacticipant, String version, String environment) {
		try {
			broker.navigate(Map.of("pacticipant", pacticipant, "version", version), "pb:pacticipant-version");
		}
		catch (NotFoundHalResponse ex) {
			fail(1, "record-deployment: the broker knows no version " + version + " of " + pacticipant
					+ ": it has one once its pacts or verification results are published.");
		}
		List<String> environments = new ArrayList<>();
		broker.forAll(RECORD_DEPLOYMENT, (link) -> environments.add(String.valueOf(link.get("name"))));
		if (!environments.contains(environment)) {
			fail(1, "record-deployment: the broker knows no environment named " + environment + " (it knows "
					+ String.join(", ", environments) + "): create it with pact-broker create-environment.");
		}
		Result<?, Exception> recorded = broker.postJson(RECORD_DEPLOYMENT, Map.of("name", environment), "{}");
		if (recorded instanceof Result.Err<?> failed) {
			fail(1, "record-deployment: the broker refused to record " + pacticipant + " version " + version + " in "
					+ environment + ": " + failed.getError());
		}
	}

	private static void fail(int status, String message) {
		System.err.println(message);
		System.exit(status);
	}

}
