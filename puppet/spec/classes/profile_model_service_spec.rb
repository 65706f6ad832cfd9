# frozen_string_literal: true

require 'spec_helper'

describe 'profile::model_service' do
  let(:node) { 'platform1.example.internal' }
  let(:params) { { db_password: sensitive('secret') } }
  # PostgreSQL's verifier for role model_service, password 'secret', salt from carve::scram_sha256.
  let(:verifier) do
    salt = OpenSSL::Digest::SHA256.digest("carve scram salt\0model_service\0model_service")[0, 16]
    salted = OpenSSL::PKCS5.pbkdf2_hmac('secret', salt, 4096, 32, OpenSSL::Digest.new('SHA256'))
    stored = OpenSSL::Digest::SHA256.digest(OpenSSL::HMAC.digest('SHA256', salted, 'Client Key'))
    server = OpenSSL::HMAC.digest('SHA256', salted, 'Server Key')
    "SCRAM-SHA-256$4096:#{Base64.strict_encode64(salt)}$#{Base64.strict_encode64(stored)}:#{Base64.strict_encode64(server)}"
  end

  context 'with only a password' do
    it { is_expected.to compile.with_all_deps }

    it 'creates the database, owned by its user, before the service' do
      is_expected.to contain_class('postgresql::server')
      is_expected.to contain_postgresql__server__db('model_service')
        .with(user: 'model_service', owner: 'model_service')
        .that_comes_before('Carve::Service[model-service]')
      is_expected.to contain_postgresql__server__role('model_service').with(password_hash: false)
        .that_comes_before('Postgresql::Server::Database[model_service]')
    end

    it "sets the role's password as a SCRAM-SHA-256 verifier, Sensitive, again only when it differs" do
      is_expected.to contain_postgresql_psql('ALTER ROLE model_service PASSWORD (SCRAM-SHA-256)')
        .with(command: %q(ALTER ROLE "model_service" PASSWORD '$NEWPGPASSWD'),
              unless: %q(SELECT 1 FROM pg_authid WHERE rolname = 'model_service' AND rolpassword = '$NEWPGPASSWD'),
              environment: sensitive(["NEWPGPASSWD=#{verifier}"]), psql_user: 'postgres')
        .that_requires('Postgresql::Server::Role[model_service]')
        .that_comes_before('Carve::Service[model-service]')
    end

    it 'points the service at it, with the embedded database off' do
      is_expected.to contain_carve__service('model-service')
        .with(port: 8081, manage_service: true, package_ensure: 'installed', package_source: nil)
      expect(sensitive_content('/etc/model-service/application.yml'))
        .to match(%r{url: jdbc:postgresql://localhost:5432/model_service$})
        .and match(%r{username: model_service\n    password: secret$})
        .and match(%r{^  embedded-database:\n    enabled: false$})
    end

    it 'holds the password, its md5 and its verifier only as Sensitive' do
      clear = clear_parameter_values
      expect(clear).not_to be_empty
      ['secret', Digest::MD5.hexdigest('secretmodel_service'), verifier.split('$').last].each do |secret|
        expect(clear.select { |_, _, value| value.include?(secret) }).to be_empty
      end
    end

    it 'serves mutual TLS with the agent certificate, its actuator on port 9081, to the callers from Hiera' do
      is_expected.to contain_carve__service('model-service').with(tls: true, allowed_callers: ['platform1.example.internal'], management_port: 9081)
      is_expected.to contain_file('/etc/model-service/tls/private-key.pem')
        .with(source: '/etc/puppetlabs/puppet/ssl/private_keys/platform1.example.internal.pem', owner: 'model-service', mode: '0400')
      expect(sensitive_content('/etc/model-service/application.yml'))
        .to match(%r{^    server-enabled: true$}).and match(%r{^management:\n  server:\n    port: 9081$})
    end
  end

  context 'with allowed callers, limits and no TLS' do
    let(:params) { { db_password: sensitive('secret'), allowed_callers: ['gw1.example.internal'], memory_max: '2G', tasks_max: 1000 } }

    it { is_expected.to contain_carve__service('model-service').with(allowed_callers: ['gw1.example.internal'], memory_max: '2G', tasks_max: 1000) }
    it { expect(sensitive_content('/etc/model-service/application.yml')).to match(%r{^    allowed-callers:\n    - gw1.example.internal$}) }

    context 'without TLS' do
      let(:params) { super().merge(tls: false) }

      it { is_expected.to compile.with_all_deps }
      it { expect(sensitive_content('/etc/model-service/application.yml')).not_to match(%r{tls|allowed-callers|management}) }
    end
  end

  context 'with a database elsewhere' do
    let(:params) do
      { db_password: sensitive('secret'), manage_database: false, db_host: 'db1.example.internal', db_port: 5433,
        db_name: 'models', db_user: 'models_app' }
    end

    it { is_expected.to compile.with_all_deps }
    it { is_expected.not_to contain_class('postgresql::server') }
    it { is_expected.not_to contain_postgresql__server__db('models') }

    it { is_expected.not_to contain_postgresql_psql('ALTER ROLE models_app PASSWORD (SCRAM-SHA-256)') }

    it do
      expect(sensitive_content('/etc/model-service/application.yml'))
        .to match(%r{url: jdbc:postgresql://db1.example.internal:5433/models$})
        .and match(%r{username: models_app$})
    end
  end

  context 'with a port, settings, a local package, JVM options and no service management' do
    let(:params) do
      { db_password: sensitive('secret'), port: 9081, settings: { 'carve' => { 'paging' => { 'max-page-size' => 50 } } },
        package_source: '/tmp/model-service.deb', java_opts: ['-Xmx256m'], manage_service: false }
    end

    it { is_expected.to compile.with_all_deps }

    it do
      is_expected.to contain_carve__service('model-service')
        .with(port: 9081, package_source: '/tmp/model-service.deb', java_opts: ['-Xmx256m'], manage_service: false)
    end

    it 'keeps the embedded database off beside the extra settings' do
      expect(sensitive_content('/etc/model-service/application.yml'))
        .to match(%r{^  embedded-database:\n    enabled: false\n  paging:\n    max-page-size: 50$})
        .and match(%r{^  port: 9081$})
    end

    it { is_expected.not_to contain_service('model-service') }
  end

  context 'with a version to install' do
    let(:params) { { db_password: sensitive('secret'), package_ensure: '0.0.9' } }

    it { is_expected.to contain_package('model-service').with(ensure: '0.0.9', provider: 'apt') }
  end

  context 'with bad values' do
    include_examples 'refuses bad parameters', [
      [{ db_password: 'clear' }, %r{db_password}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), db_host: 'not a host!' }, %r{db_host}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), db_port: 'five' }, %r{db_port}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), port: 443 }, %r{port}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), manage_database: 'yes' }, %r{manage_database}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), package_source: 'relative.deb' }, %r{package_source}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), package_ensure: '' }, %r{package_ensure}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), tls: 'on' }, %r{tls}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), allowed_callers: 'gw1' }, %r{allowed_callers}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), management_port: 70_000 }, %r{management_port}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), memory_max: '-1' }, %r{memory_max}],
      [{ db_password: RSpec::Puppet::Sensitive.new('x'), tasks_max: 'many' }, %r{tasks_max}],
    ]
  end
end
