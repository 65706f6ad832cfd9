// After the generated service's verify: its jar is its command line, as the platform's README
// promises of every service. db info runs on the embedded PostgreSQL the service starts for itself.
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
true
