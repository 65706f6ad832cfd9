package io.carve.model.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar was built as. */
class ServiceVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = ServiceVersion.class.getPackage().getImplementationVersion();
		return new String[] { "model-service " + ((version != null) ? version : "(development build)") };
	}

}
