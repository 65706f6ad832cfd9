package io.carve.starter.cli;

import picocli.CommandLine.IVersionProvider;

/** The service and the version its jar was built as. */
class ServiceVersion implements IVersionProvider {

	private final ServiceCommandLine root;

	ServiceVersion(ServiceCommandLine root) {
		this.root = root;
	}

	@Override
	public String[] getVersion() {
		String version = this.root.application().getPackage().getImplementationVersion();
		return new String[] { this.root.name() + " " + ((version != null) ? version : "(development build)") };
	}

}
