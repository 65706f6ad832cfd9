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
['build-and-test', 'lint-pipelines'].each { assert new File(steps, it).canExecute() : "no executable step ${it} in ${steps}" }
def usage = new ProcessBuilder(new File(steps, 'build-and-test').path, '--help').redirectErrorStream(true).start()
assert usage.inputStream.text.contains('usage: build-and-test')
assert usage.waitFor() == 2
true
