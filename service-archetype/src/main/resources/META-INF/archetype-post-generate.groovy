// Checks the properties of a new service after generation (maven-archetype-plugin applies
// validationRegex only when it asks interactively), and finishes the layout: a service generated
// inside the platform's folder builds with the platform's Maven wrapper, one generated elsewhere
// keeps its own.
import java.nio.file.Files
import java.nio.file.Path
import javax.lang.model.SourceVersion

def properties = request.properties
def artifactId = request.artifactId
def outputDirectory = Path.of(request.outputDirectory)
def service = outputDirectory.resolve(artifactId)
def parentPom = outputDirectory.resolve('pom.xml')
def moduleLine = "<module>${artifactId}</module>"

def problems = []
if (!(artifactId ==~ /[a-z][a-z0-9]*(-[a-z0-9]+)*/)) {
    problems << "artifactId '${artifactId}' is not a kebab-case service name: use lower-case letters and digits in words joined by single hyphens, starting with a letter (for example billing-service)."
}
else if (artifactId.length() > 32) {
    problems << "artifactId '${artifactId}' has ${artifactId.length()} characters; at most 32 are allowed, because the service's system user is named after it."
}
def packageName = properties.getProperty('package')
if (!SourceVersion.isName(packageName) || packageName != packageName.toLowerCase()) {
    problems << "package '${packageName}' is not a valid Java package: use lower-case dot-separated names that are not Java keywords (for example io.carve.billing)."
}
def port = properties.getProperty('port')
if (!(port ==~ /[0-9]{1,5}/) || !(port as int in 1..65535)) {
    problems << "port '${port}' is not an HTTP port: give a number from 1 to 65535 (for example -Dport=8082)."
}
def serviceName = properties.getProperty('ServiceName')
if (!SourceVersion.isIdentifier(serviceName) || SourceVersion.isKeyword(serviceName) || !Character.isUpperCase(serviceName.charAt(0))) {
    problems << "ServiceName '${serviceName}' is not a Java class name prefix: give one starting with a capital letter (for example -DServiceName=BillingService)."
}

if (problems) {
    // Leave nothing half-made behind: the generated folder goes, and so does its module line.
    if (Files.isDirectory(service)) {
        service.toFile().deleteDir()
    }
    if (Files.isRegularFile(parentPom)) {
        def pom = parentPom.text
        def withoutModule = pom.replaceAll(/(?m)^[ \t]*\Q${moduleLine}\E[ \t]*\r?\n/, '')
        if (withoutModule != pom) {
            parentPom.text = withoutModule
        }
    }
    throw new IllegalArgumentException("The service was not created:\n  - " + problems.join("\n  - ")
            + "\nRun archetype:generate again with corrected -D properties.")
}

if (Files.isRegularFile(parentPom) && parentPom.text.contains(moduleLine)) {
    // A module of the platform's reactor: the platform's own wrapper builds it.
    ['mvnw', 'mvnw.cmd'].each { Files.deleteIfExists(service.resolve(it)) }
    service.resolve('.mvn').toFile().deleteDir()
}
else {
    service.resolve('mvnw').toFile().setExecutable(true, false)
}
service.resolve("src/deb/bin/${artifactId}").toFile().setExecutable(true, false)
['postinst', 'postrm', 'prerm'].each { service.resolve("src/deb/control/${it}").toFile().setExecutable(true, false) }
println "Created ${artifactId} in ${service}. Next: cd ${service} and build it; README.md says what to do next."
