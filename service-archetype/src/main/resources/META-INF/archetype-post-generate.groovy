// Checks the properties of a new service after generation (maven-archetype-plugin applies
// validationRegex only when it asks interactively), and finishes the layout: a service that calls
// nobody loses the Pact tests of calls to model-service; a service generated inside the
// platform's folder builds with the platform's Maven wrapper and is delivered by the platform's
// pipeline, one generated elsewhere keeps its own wrapper and pipeline files.
import java.nio.file.Files
import java.nio.file.Path
import javax.lang.model.SourceVersion
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Node
import org.xml.sax.InputSource

String withoutLine(String text, String line) {
    text.replaceAll(/(?m)^[ \t]*\Q${line}\E[ \t]*\r?\n/, '')
}

/** The text of the pom as git's HEAD has it, if it is the same XML as {@code text}; else null. */
String committedLayoutOf(File pom, String text) {
    try {
        def git = ['git', '-C', pom.parentFile.path, 'show', 'HEAD:./' + pom.name].execute()
        git.errorStream.text
        def committed = git.inputStream.text
        return (git.waitFor() == 0 && sameXml(committed, text)) ? committed : null
    }
    catch (IOException ignored) {
        return null // no git here
    }
}

boolean sameXml(String one, String other) {
    def factory = DocumentBuilderFactory.newInstance()
    factory.coalescing = true
    def parse = { String xml ->
        def document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
        dropBlankText(document.documentElement)
        document
    }
    try {
        return parse(one).isEqualNode(parse(other))
    }
    catch (Exception ignored) {
        return false
    }
}

void dropBlankText(Node node) {
    def children = node.childNodes
    for (int i = children.length - 1; i >= 0; i--) {
        def child = children.item(i)
        if (child.nodeType == Node.TEXT_NODE && child.nodeValue.trim().isEmpty()) {
            node.removeChild(child)
        }
        else {
            dropBlankText(child)
        }
    }
}

/** The pom's text with the module line after its last module, or else first in its modules. */
String withModule(String pom, String moduleLine) {
    def lines = pom.readLines()
    int last = lines.findLastIndexOf { it.trim() ==~ /<module>[^<]*<\/module>/ }
    if (last >= 0) {
        lines.add(last + 1, lines[last].takeWhile { it == ' ' || it == '\t' } + moduleLine)
    }
    else {
        int end = lines.findIndexOf { it.trim() == '</modules>' }
        lines.add(end, lines[end].takeWhile { it == ' ' || it == '\t' } + '  ' + moduleLine)
    }
    lines.join('\n') + (pom.endsWith('\n') ? '\n' : '')
}

def properties = request.properties
def artifactId = request.artifactId
def outputDirectory = Path.of(request.outputDirectory)
def service = outputDirectory.resolve(artifactId)
def parentPom = outputDirectory.resolve('pom.xml').toFile()
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
def callsModelService = properties.getProperty('callsModelService')
if (!(callsModelService in ['true', 'false'])) {
    problems << "callsModelService '${callsModelService}' is neither true nor false: give -DcallsModelService=true for a service that calls model-service, or leave it out."
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
    if (parentPom.isFile() && parentPom.text.contains(moduleLine)) {
        def withoutModule = withoutLine(parentPom.text, moduleLine)
        parentPom.text = committedLayoutOf(parentPom, withoutModule) ?: withoutModule
    }
    throw new IllegalArgumentException("The service was not created:\n  - " + problems.join("\n  - ")
            + "\nRun archetype:generate again with corrected -D properties.")
}

if (callsModelService == 'false') {
    // The templates hold the consumer's Pact tests for every service; one that calls nobody has none.
    service.resolve("src/test/java/${packageName.replace('.', '/')}/contracts").toFile().deleteDir()
}

if (parentPom.isFile() && parentPom.text.contains(moduleLine)) {
    // The plugin rewrote the parent pom to add the module, dropping its blank lines and CDATA
    // sections; where git has it unchanged otherwise, keep its own layout with the module added.
    def committed = committedLayoutOf(parentPom, withoutLine(parentPom.text, moduleLine))
    if (committed) {
        parentPom.text = withModule(committed, moduleLine)
    }
    // A module of the platform's reactor: the platform's own wrapper builds it, in its own style,
    // and the platform's pipeline delivers it with the other services (its steps find every module
    // with a src/deb/etc/application.yml).
    ['mvnw', 'mvnw.cmd', '.editorconfig', 'Jenkinsfile'].each { Files.deleteIfExists(service.resolve(it)) }
    ['.mvn', '.github'].each { service.resolve(it).toFile().deleteDir() }
}
else {
    service.resolve('mvnw').toFile().setExecutable(true, false)
}
println "Created ${artifactId} in ${service}. Next: cd ${service} and build it; README.md says what to do next."
