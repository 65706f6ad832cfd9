package io.carve.bench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.carve.bench.run.Wrk.Load;

/**
 * Each service started in each way, {@code n} times in turn: the time from launch until its
 * readiness endpoint answers 200, and its resident memory after a warm-up load. model-service
 * starts on a database that already exists (a restart, not a first install).
 */
final class Startup {

	static final double STARTUP_TARGET = 0.6;

	static final double RSS_TARGET_MIB = 300;

	private final Options options;

	private final Launcher launcher;

	private final Platform platform;

	private final Wrk wrk;

	private final Progress progress;

	Startup(Options options, Launcher launcher, Platform platform, Wrk wrk, Progress progress) {
		this.options = options;
		this.launcher = launcher;
		this.platform = platform;
		this.wrk = wrk;
		this.progress = progress;
	}

	void run(Report report) throws IOException {
		Path work = this.options.work().resolve("startup");
		Map<String, Service> services = new LinkedHashMap<>();
		services.put("model-service", new Service("model-service", "/api/v1/models/1", work.resolve("model-service-db")));
		services.put("gateway", new Service("gateway-legacy-adapter", "/api/custom/1", null));
		Map<String, List<StartWay>> ways = new LinkedHashMap<>();
		for (Service service : services.values()) {
			Path extracted = StartWay.extract(this.options.java(), this.options.jar(service.module()),
					work.resolve(service.module()));
			ways.put(service.module(), StartWay.all(this.options, this.options.jar(service.module()), extracted,
					(java, jvmOptions, jar) -> start(service, java, jvmOptions, jar)));
		}
		Map<String, List<Sample>> samples = new LinkedHashMap<>();
		for (int repeat = 1; repeat <= this.options.durations().startupRepeats(); repeat++) {
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
			LoadResult warmUp = this.wrk.run(Load.get(process.uri(service.warmUpPath()), Throughput.PACED,
					this.options.durations().startupWarmUp()));
			double rss = process.rssMib();
			this.progress.say("%s, %s: ready in %.2f s, %.0f MiB after %d warm-up requests", service.module(), way.label(),
					ready.toMillis() / 1000.0, rss, warmUp.requests());
			if (warmUp.errors() > 0) {
				throw new IllegalStateException(service.module() + " answered its warm-up with errors: " + warmUp);
			}
			return new Sample(ready, rss);
		}
	}

	private ServiceProcess start(Service service, Path java, List<String> jvmOptions, Path jar) {
		String name = service.module() + "-startup";
		if (service.database() != null) {
			return this.launcher.modelService(name, java, jvmOptions, jar, service.database());
		}
		return this.launcher.gateway(name, java, jvmOptions, jar, this.platform.modelService.uri("/"),
				this.platform.legacy.uri("/"));
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
