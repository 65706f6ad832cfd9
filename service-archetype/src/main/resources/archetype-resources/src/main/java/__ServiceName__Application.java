package ${package};

#if( $callsModelService == "true" )
import io.carve.contracts.model.ModelServiceClient;
#end
import io.carve.starter.cli.ServiceCommandLine;

import org.springframework.boot.autoconfigure.SpringBootApplication;
#if( $callsModelService == "true" )
import org.springframework.cloud.openfeign.EnableFeignClients;
#end

/** ${artifactId}, a service of the Carve platform: its features are the packages beside this class. */
@SpringBootApplication
#if( $callsModelService == "true" )
@EnableFeignClients(clients = ModelServiceClient.class)
#end
public class ${ServiceName}Application {

	/** Runs the platform's command line; with no command it serves HTTP. */
	public static void main(String[] args) {
		ServiceCommandLine.run(${ServiceName}Application.class, args);
	}

}
