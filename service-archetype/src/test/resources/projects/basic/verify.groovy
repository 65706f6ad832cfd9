// After the generated service's verify: its jar is its command line, as the platform's README
// promises of every service. db info runs on the embedded PostgreSQL the service starts for itself.
// The build has unpacked the platform's pipeline steps, which the service's Jenkinsfile calls.
def run = { String... arguments ->
    def command = [System.getProperty('java.home') + '/bin/java', '-jar', 'target/billing-service.jar'] + arguments.toList()
    def process = new ProcessBuilder(command).directory(context.projectDir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')} failed:\n${output}"
    output
}

assert run('--version').contains('billing-service 0.1.0-SNAPSHOT')
assert run('routes') =~ /GET\s+\/api\/v1\/greetings\s+GreetingController#list/
def migrations = run('db', 'info')
assert migrations =~ /1\s+create greetings\s+Pending/ : migrations

// Its pipeline's steps are the platform's, unpacked by the build from its service-starter, ready to run.
def steps = new File(context.projectDir, 'target/carve-ci/steps')
['build-and-test', 'lint-pipelines', 'publish-debs', 'publish-pacts', 'can-i-deploy', 'record-deployment'].each {
    assert new File(steps, it).canExecute() : "no executable step ${it} in ${steps}"
}
assert new File(context.projectDir, 'target/carve-ci/record-deployment/pom.xml').isFile() : 'no record-deployment program beside the steps'
def usage = new ProcessBuilder(new File(steps, 'build-and-test').path, '--help').redirectErrorStream(true).start()
assert usage.inputStream.text.contains('usage: build-and-test')
assert usage.waitFor() == 2

// A step finds the service it serves from where the build put it: this one calls nobody, so it has no pacts.
def publish = new ProcessBuilder(new File(steps, 'publish-pacts').path).redirectErrorStream(true)
publish.environment().putAll([PACT_BROKER_BASE_URL: 'http://127.0.0.1:9', GIT_COMMIT: 'abc1234', GIT_BRANCH: 'main'])
def published = publish.start()
def said = published.inputStream.text
assert published.waitFor() == 0 : said
assert said.contains('nothing to publish: billing-service calls no other service') : said
true
