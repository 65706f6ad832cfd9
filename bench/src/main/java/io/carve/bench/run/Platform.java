package io.carve.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * The processes under load, as {@code ./run-local} runs them, on the default JDK: model-service on
 * a fresh embedded PostgreSQL, the legacy stand-in, the gateway in front of both, and the bare
 * endpoint beside them. model-service holds {@value #MODELS} models, so a list is one page.
 */
final class Platform implements AutoCloseable {

	static final int MODELS = 20;

	static final String MODEL_SERVICE = "model-service";

	static final String POSTGRES = "PostgreSQL";

	static final String GATEWAY = "gateway";

	static final String BARE = "bare";

	final ServiceProcess bare;

	final ServiceProcess modelService;

	final ServiceProcess legacy;

	final ServiceProcess gateway;

	final CpuMeter cpu = new CpuMeter();

	private Platform(ServiceProcess bare, ServiceProcess modelService, ServiceProcess legacy, ServiceProcess gateway,
			Path database) {
		this.bare = bare;
		this.modelService = modelService;
		this.legacy = legacy;
		this.gateway = gateway;
		this.cpu.watch(MODEL_SERVICE, modelService);
		this.cpu.watchPostgres(POSTGRES, database);
		this.cpu.watch(GATEWAY, gateway);
		this.cpu.watch(BARE, bare);
	}

	static Platform start(Options options, Launcher launcher) {
		Path database = options.work().resolve("model-service-db");
		ServiceProcess bare = launcher.bare(BARE, options.java());
		ServiceProcess modelService = launcher.modelService(MODEL_SERVICE, options.java(), List.of(),
				options.jar("model-service"), database);
		ServiceProcess legacy = launcher.legacy();
		legacy.awaitReady("/legacy/echo", Launcher.START_TIMEOUT);
		modelService.awaitReady(Launcher.READINESS, Launcher.START_TIMEOUT);
		ServiceProcess gateway = launcher.gateway(GATEWAY, options.java(), List.of(),
				options.jar("gateway-legacy-adapter"), modelService.uri("/"), legacy.uri("/"));
		gateway.awaitReady(Launcher.READINESS, Launcher.START_TIMEOUT);
		bare.awaitReady("/api/v1/models/1", Launcher.START_TIMEOUT);
		for (int i = 1; i <= MODELS; i++) {
			create(modelService.uri("/api/v1/models"), "seed-" + i);
		}
		gateway.prime("/api/custom/1");
		gateway.prime("/api/custom");
		return new Platform(bare, modelService, legacy, gateway, database);
	}

	/** Creates a model; a name already taken (a database kept from an earlier start) is fine. */
	static void create(URI models, String name) {
		HttpRequest request = HttpRequest.newBuilder(models)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"type\": \"USER\"}"))
			.build();
		try {
			int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status != 201 && status != 409) {
				throw new IllegalStateException("Creating model " + name + " answered " + status);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create model " + name, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	@Override
	public void close() {
		this.gateway.close();
		this.modelService.close();
		this.legacy.close();
		this.bare.close();
	}

}
