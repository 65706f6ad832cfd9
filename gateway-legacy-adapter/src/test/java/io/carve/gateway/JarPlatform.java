package io.carve.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.carve.gateway.legacy.LegacyStandIn;
import io.carve.test.JarProcess;

import org.springframework.util.FileSystemUtils;

/**
 * The platform as it runs, for tests of the packaged jars: a legacy stand-in, model-service's
 * jar on an embedded PostgreSQL of its own, and the gateway's jar in front of both, each a
 * process of its own under one working directory.
 */
public final class JarPlatform implements AutoCloseable {

	/** The environment variable naming the gateway's operator file, which a test points at no file. */
	public static final String GATEWAY_CONFIG = "GATEWAY_LEGACY_ADAPTER_CONFIG";

	private final LegacyStandIn legacy;

	private final JarProcess modelService;

	private final JarProcess gateway;

	private final int gatewayManagementPort;

	private JarPlatform(LegacyStandIn legacy, JarProcess modelService, JarProcess gateway, int gatewayManagementPort) {
		this.legacy = legacy;
		this.modelService = modelService;
		this.gateway = gateway;
		this.gatewayManagementPort = gatewayManagementPort;
	}

	/**
	 * Starts all three afresh in {@code work}, the gateway listing model-service first and then
	 * {@code moreModelServices}, and waits until they are healthy.
	 */
	public static JarPlatform start(Path work, String... moreModelServices) throws IOException, InterruptedException {
		FileSystemUtils.deleteRecursively(work);
		LegacyStandIn legacy = LegacyStandIn.start(0);
		Path modelServiceDirectory = work.resolve("model-service");
		JarProcess modelService = JarProcess.of("model-service.jar", modelServiceDirectory,
				"--carve.embedded-database.data-directory=" + modelServiceDirectory.resolve("postgres").toAbsolutePath())
			// Not the operator's file of this machine, if it has one.
			.withEnvironment("MODEL_SERVICE_CONFIG", modelServiceDirectory.resolve("absent.yml").toAbsolutePath().toString());
		// The gateway's management port is fixed by default; tests running side by side need one each.
		int managementPort = freePort();
		List<String> gatewayArgs = new ArrayList<>(List.of("--legacy.base-url=http://127.0.0.1:" + legacy.port(),
				"--management.server.port=" + managementPort));
		List<String> instances = new ArrayList<>(List.of(modelService.baseUrl()));
		instances.addAll(List.of(moreModelServices));
		for (int i = 0; i < instances.size(); i++) {
			gatewayArgs.add("--spring.cloud.discovery.client.simple.instances.model-service[" + i + "].uri=" + instances.get(i));
		}
		Path gatewayDirectory = work.resolve("gateway");
		JarProcess gateway = JarProcess.of("gateway.jar", gatewayDirectory, gatewayArgs.toArray(String[]::new))
			.withEnvironment(GATEWAY_CONFIG, gatewayDirectory.resolve("absent.yml").toAbsolutePath().toString());
		JarPlatform platform = new JarPlatform(legacy, modelService, gateway, managementPort);
		try {
			modelService.start();
			platform.gateway.start();
			return platform;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			platform.close();
			throw ex;
		}
	}

	public LegacyStandIn legacy() {
		return this.legacy;
	}

	public JarProcess modelService() {
		return this.modelService;
	}

	public JarProcess gateway() {
		return this.gateway;
	}

	/** The gateway's Actuator in full, on its management port. */
	public String gatewayManagementUrl() {
		return "http://127.0.0.1:" + this.gatewayManagementPort;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** Stops the gateway, then model-service and its database, then the stand-in. */
	@Override
	public void close() {
		this.gateway.close();
		this.modelService.close();
		this.legacy.close();
	}

}
