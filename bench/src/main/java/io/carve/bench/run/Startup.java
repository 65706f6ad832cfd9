package io.carve.bench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.carve.bench.run.Wrk.Load;

/**
 * Each service started in each way, {@code n} times in turn: the time from launch until its
 * readiness endpoint answers 200, and its resident memory after a warm-up load. model-service
 * starts on a database that already exists (a restart, not a first install).
 */
final class Startup {

	static final double STARTUP_TARGET = 0.6;

	static final double RSS_TARGET_MIB = 300;

	private final Bench bench;

	Startup(Bench bench) {
		this.bench = bench;
	}

	void run(Report report) throws IOException {
		Options options = this.bench.options();
		Path work = options.work().resolve("startup");
		Map<String, Service> services = new LinkedHashMap<>();
		services.put("model-service",
				new Service("model-service", "/api/v1/models/1", work.resolve("model-service-db")));
		services.put("gateway", new Service("gateway-legacy-adapter", "/api/custom/1", null));
		this.bench.progress().say("training the class-data archives of both services, side by side (not measured)");
		Map<String, CompletableFuture<List<StartWay>>> training = new LinkedHashMap<>();
		ExecutorService trainers = Executors.newFixedThreadPool(services.size());
		try {
			for (Service service : services.values()) {
				training.put(service.module(), CompletableFuture.supplyAsync(() -> {
					Path jar = options.jar(service.module());
					Path extracted = StartWay.extract(options.java(), jar, work.resolve(service.module()));
					return StartWay.all(options, jar, extracted,
							(java, jvmOptions, startedJar) -> start(service, java, jvmOptions, startedJar));
				}, trainers));
			}
			Map<String, List<StartWay>> ways = new LinkedHashMap<>();
			training.forEach((module, trained) -> ways.put(module, trained.join()));
			measure(report, services, ways);
		}
		finally {
			trainers.shutdown();
		}
	}

	private void measure(Report report, Map<String, Service> services, Map<String, List<StartWay>> ways) {
		Map<String, List<Sample>> samples = new LinkedHashMap<>();
		for (int repeat = 1; repeat <= this.bench.durations().startupRepeats(); repeat++) {
			for (Service service : services.values()) {
				for (StartWay way : ways.get(service.module())) {
					samples.computeIfAbsent(service.module() + "/" + way.id(), (key) -> new ArrayList<>())
						.add(sample(service, way));
				}
			}
		}
		new StartupReport(report, ways, samples).write();
	}

	private Sample sample(Service service, StartWay way) {
		try (ServiceProcess process = way.start()) {
			Duration ready = process.awaitReady(Launcher.READINESS, Launcher.START_TIMEOUT);
			if (service.database() != null) {
				Platform.create(process.uri("/api/v1/models"), "warm-up");
			}
			process.prime(service.warmUpPath());
			LoadResult warmUp = this.bench.wrk().run(Load.get(process.uri(service.warmUpPath()), Throughput.PACED,
					this.bench.durations().startupWarmUp()));
			double rss = process.rssMib();
			this.bench.progress().say("%s, %s: ready in %.2f s, %.0f MiB after %d warm-up requests", service.module(),
					way.label(), ready.toMillis() / 1000.0, rss, warmUp.requests());
			if (warmUp.errors() > 0) {
				throw new IllegalStateException(service.module() + " answered its warm-up with errors: " + warmUp);
			}
			return new Sample(ready, rss);
		}
	}

	private ServiceProcess start(Service service, Path java, List<String> jvmOptions, Path jar) {
		String name = service.module() + "-startup";
		if (service.database() != null) {
			return this.bench.launcher().modelService(name, java, jvmOptions, jar, service.database());
		}
		return this.bench.launcher().gateway(name, java, jvmOptions, jar, this.bench.platform().modelService.uri("/"),
				this.bench.platform().legacy.uri("/"));
	}

	/**
	 * A service to start.
	 *
	 * @param module its module and jar name
	 * @param warmUpPath what the warm-up load reads
	 * @param database model-service's database folder, kept across its starts; null for the gateway
	 */
	record Service(String module, String warmUpPath, Path database) {

	}

	/** One start: how long until ready, and the resident memory after the warm-up. */
	record Sample(Duration ready, double rssMib) {

	}

}
