# frozen_string_literal: true

require 'spec_helper'

describe 'carve::service' do
  let(:title) { 'model-service' }
  let(:node) { 'platform1.example.internal' }
  let(:params) { { port: 8081 } }

  context 'with only a port' do
    it { is_expected.to compile.with_all_deps }

    it 'installs the package from the apt repositories, after the Java runtime' do
      is_expected.to contain_package('model-service').with(ensure: 'installed', provider: 'apt', source: nil)
      is_expected.to contain_package('openjdk-17-jre-headless').that_comes_before('Package[model-service]')
    end

    it 'writes the operator file for the service user to read, Sensitive, with the port and the log folder' do
      is_expected.to contain_file('/etc/model-service/application.yml')
        .with(ensure: 'file', owner: 'root', group: 'model-service', mode: '0640', show_diff: false, backup: false)
        .that_requires('Package[model-service]')
      expect(sensitive_content('/etc/model-service/application.yml'))
        .to match(%r{^server:\n  port: 8081$})
        .and match(%r{^logging:\n  file:\n    path: "?/var/log/model-service"?\n    name: "?/var/log/model-service/model-service.log"?\n  structured:\n    format:\n      file: ecs$})
    end

    it 'gives the service user its log folder' do
      is_expected.to contain_file('/var/log/model-service')
        .with(ensure: 'directory', owner: 'model-service', group: 'model-service', mode: '0750')
    end

    it "copies the node's Puppet agent certificate, key and CA for the service user alone" do
      is_expected.to contain_file('/etc/model-service/tls')
        .with(ensure: 'directory', owner: 'model-service', group: 'model-service', mode: '0500', purge: true, recurse: true)
        .that_requires('Package[model-service]')
      {
        'certificate' => ['/etc/puppetlabs/puppet/ssl/certs/platform1.example.internal.pem', '0440'],
        'private-key' => ['/etc/puppetlabs/puppet/ssl/private_keys/platform1.example.internal.pem', '0400'],
        'ca' => ['/etc/puppetlabs/puppet/ssl/certs/ca.pem', '0440'],
      }.each do |name, (source, mode)|
        is_expected.to contain_file("/etc/model-service/tls/#{name}.pem")
          .with(ensure: 'file', owner: 'model-service', group: 'model-service', mode: mode, source: source, show_diff: false, backup: false)
          .that_comes_before('Service[model-service]')
      end
    end

    it 'points carve.tls.* at the copies, serving mutual TLS to no caller yet' do
      expect(sensitive_content('/etc/model-service/application.yml'))
        .to match(%r{^carve:\n  tls:\n    certificate: "?/etc/model-service/tls/certificate.pem"?\n    private-key: "?/etc/model-service/tls/private-key.pem"?\n    ca: "?/etc/model-service/tls/ca.pem"?\n    server-enabled: true\n  security:\n    allowed-callers: \[\]$})
        .and not_match(%r{address|management})
    end

    it "leaves the hardened unit to the package's and adds a drop-in with the limits" do
      is_expected.to contain_file('/etc/systemd/system/model-service.service').with_ensure('absent')
      is_expected.to contain_file('/etc/systemd/system/model-service.service.d/carve.conf')
        .with(ensure: 'file', owner: 'root', mode: '0644')
        .with_content(%r{^\[Service\]\nMemoryMax=1G\nTasksMax=512\n\z})
        .that_requires('Package[model-service]')
    end

    it 'runs the service, restarted when its package, file or unit change but not when the certificate does' do
      is_expected.to contain_service('model-service').with(ensure: 'running', enable: true)
        .that_subscribes_to(['Package[model-service]', 'File[/etc/model-service/application.yml]',
                             'File[/etc/systemd/system/model-service.service.d/carve.conf]',
                             'File[/etc/systemd/system/model-service.service]', 'File[/var/log/model-service]'])
      is_expected.not_to contain_file('/etc/model-service/tls/certificate.pem').that_notifies('Service[model-service]')
    end
  end

  context 'with the agent certificate elsewhere (carve::tls from Hiera)' do
    let(:pre_condition) do
      "class { 'carve::tls': certificate_source => '/var/lib/puppet/ssl/certs/n1.pem', " \
        "private_key_source => '/var/lib/puppet/ssl/private_keys/n1.pem', ca_source => '/var/lib/puppet/ssl/certs/ca.pem' }"
    end

    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_file('/etc/model-service/tls/certificate.pem').with_source('/var/lib/puppet/ssl/certs/n1.pem') }
    it { is_expected.to contain_file('/etc/model-service/tls/private-key.pem').with_source('/var/lib/puppet/ssl/private_keys/n1.pem') }
    it { is_expected.to contain_file('/etc/model-service/tls/ca.pem').with_source('/var/lib/puppet/ssl/certs/ca.pem') }
  end

  context 'with allowed callers, a management port and an address' do
    let(:params) { { port: 8081, allowed_callers: ['gw1.example.internal', 'gw2.example.internal'], management_port: 9081, address: '10.0.0.5' } }

    it do
      expect(sensitive_content('/etc/model-service/application.yml'))
        .to match(%r{^server:\n  port: 8081\n  address: 10.0.0.5$})
        .and match(%r{^  security:\n    allowed-callers:\n    - gw1.example.internal\n    - gw2.example.internal$})
        .and match(%r{^management:\n  server:\n    port: 9081$})
    end
  end

  context 'with TLS as a client only' do
    let(:params) { { port: 8080, tls_server_enabled: false, address: '127.0.0.1' } }

    it { expect(sensitive_content('/etc/model-service/application.yml')).to match(%r{^    server-enabled: false$}).and match(%r{^  address: 127.0.0.1$}) }
  end

  context 'without TLS' do
    let(:params) { { port: 8081, tls: false, allowed_callers: ['gw1'], management_port: 9081 } }

    it { is_expected.to compile.with_all_deps }
    it { is_expected.not_to contain_class('carve::tls') }
    it { is_expected.not_to contain_file('/etc/model-service/tls/private-key.pem') }
    it('removes the copies of an earlier run') { is_expected.to contain_file('/etc/model-service/tls').with(ensure: 'absent', force: true, backup: false) }
    it { expect(sensitive_content('/etc/model-service/application.yml')).not_to match(%r{tls|allowed-callers|management}) }
  end

  context 'with secrets' do
    let(:params) { { port: 8081, settings: { 'spring' => { 'datasource' => { 'username' => 'u' } } }, sensitive_settings: sensitive({ 'spring' => { 'datasource' => { 'password' => 'p4ss' } } }) } }

    it { is_expected.to compile.with_all_deps }
    it { expect(sensitive_content('/etc/model-service/application.yml')).to match(%r{^  datasource:\n    username: u\n    password: p4ss$}) }
    it('holds them only as Sensitive') { expect(clear_parameter_values.select { |_, _, value| value.include?('p4ss') }).to be_empty }
  end

  context 'with memory and task limits' do
    let(:params) { { port: 8081, memory_max: '768M', tasks_max: 300 } }

    it { is_expected.to contain_file('/etc/systemd/system/model-service.service.d/carve.conf').with_content(%r{^MemoryMax=768M\nTasksMax=300$}) }
  end

  context 'with settings' do
    let(:params) do
      { port: 9000, settings: { 'spring' => { 'datasource' => { 'url' => 'jdbc:postgresql://db1:5432/m' } },
                                'logging' => { 'level' => { 'root' => 'warn' } } } }
    end

    it 'merges them with the port and the log folder' do
      expect(sensitive_content('/etc/model-service/application.yml'))
        .to match(%r{^  port: 9000$})
        .and match(%r{url: jdbc:postgresql://db1:5432/m$})
        .and match(%r{^      file: ecs\n  level:\n    root: warn$})
    end
  end

  context 'with a local package file' do
    let(:params) { { port: 8081, package_source: '/srv/debs/model-service_0.1.0_all.deb' } }

    it { is_expected.to contain_package('model-service').with(provider: 'dpkg', source: '/srv/debs/model-service_0.1.0_all.deb') }
  end

  context 'with a package version' do
    let(:params) { { port: 8081, package_ensure: '0.1.0' } }

    it { is_expected.to contain_package('model-service').with_ensure('0.1.0') }
  end

  context 'with JVM options' do
    let(:params) { { port: 8081, java_opts: ['-Xmx512m', '-XX:+ExitOnOutOfMemoryError'] } }

    it do
      is_expected.to contain_file('/etc/systemd/system/model-service.service.d/carve.conf')
        .with_content(%r{^Environment="JAVA_OPTS=-Xmx512m -XX:\+ExitOnOutOfMemoryError"$})
    end
  end

  context 'with the service stopped and disabled' do
    let(:params) { { port: 8081, service_ensure: 'stopped', service_enable: false } }

    it { is_expected.to contain_service('model-service').with(ensure: 'stopped', enable: false) }
  end

  context 'without managing the service' do
    let(:params) { { port: 8081, manage_service: false } }

    it { is_expected.to compile.with_all_deps }
    it { is_expected.not_to contain_service('model-service') }
    it { is_expected.to contain_file('/etc/model-service/application.yml') }
  end

  context 'with reloadable settings' do
    let(:params) { { port: 8081, reloadable_settings: { 'routes.yml' => { 'gateway' => { 'routes' => { 'custom' => { 'mode' => 'shadow' } } } } } } }

    it { is_expected.to compile.with_all_deps }

    it 'writes each file beside the operator file, with its diff shown, and reloads the service when it changes' do
      is_expected.to contain_file('/etc/model-service/routes.yml')
        .with(ensure: 'file', owner: 'root', group: 'model-service', mode: '0640')
        .with_content(%r{^gateway:\n  routes:\n    custom:\n      mode: shadow$})
        .that_requires('Package[model-service]')
        .that_comes_before('Service[model-service]')
        .that_notifies('Exec[reload model-service]')
      is_expected.to contain_exec('reload model-service')
        .with(command: 'systemctl try-reload-or-restart model-service', refreshonly: true, provider: 'shell')
        .that_requires('Service[model-service]')
    end

    it 'reloads only a service that started before the file changed, not one (re)started in this run' do
      is_expected.to contain_exec('reload model-service')
        .with_onlyif('test -n "$(find /etc/model-service/routes.yml -newermt "$(systemctl show --timestamp=us -P ActiveEnterTimestamp model-service)")"')
    end

    it 'does not restart the service for them' do
      is_expected.not_to contain_file('/etc/model-service/routes.yml').that_notifies('Service[model-service]')
      is_expected.to contain_file('/etc/model-service/application.yml').that_notifies('Service[model-service]')
    end

    context 'without managing the service' do
      let(:params) { super().merge(manage_service: false) }

      it { is_expected.to compile.with_all_deps }
      it { is_expected.to contain_file('/etc/model-service/routes.yml') }
      it { is_expected.not_to contain_exec('reload model-service') }
    end
  end

  context 'without reloadable settings' do
    it { is_expected.not_to contain_exec('reload model-service') }
  end

  context 'with another service' do
    let(:title) { 'gateway-legacy-adapter' }
    let(:params) { { port: 8080 } }

    it { is_expected.to contain_package('gateway-legacy-adapter') }
    it { is_expected.to contain_file('/etc/gateway-legacy-adapter/application.yml').with_group('gateway-legacy-adapter') }
    it { is_expected.to contain_file('/etc/gateway-legacy-adapter/tls/private-key.pem').with(owner: 'gateway-legacy-adapter', mode: '0400') }
    it { is_expected.to contain_file('/etc/systemd/system/gateway-legacy-adapter.service.d/carve.conf') }
  end

  context 'with bad values' do
    include_examples 'refuses bad parameters', [
      [{ port: 80 }, %r{port}],
      [{ port: 70_000 }, %r{port}],
      [{ port: '8081' }, %r{port}],
      [{ port: 8081, package_source: 'model-service.deb' }, %r{package_source}],
      [{ port: 8081, service_ensure: 'started' }, %r{service_ensure}],
      [{ port: 8081, manage_service: 'no' }, %r{manage_service}],
      [{ port: 8081, java_opts: '-Xmx1g' }, %r{java_opts}],
      [{ port: 8081, settings: ['server.port=9000'] }, %r{settings}],
      [{ port: 8081, package_ensure: '' }, %r{package_ensure}],
      [{ port: 8081, tls: 'yes' }, %r{tls}],
      [{ port: 8081, tls_server_enabled: 'no' }, %r{tls_server_enabled}],
      [{ port: 8081, allowed_callers: 'gw1' }, %r{allowed_callers}],
      [{ port: 8081, allowed_callers: [''] }, %r{allowed_callers}],
      [{ port: 8081, management_port: 80 }, %r{management_port}],
      [{ port: 8081, address: 'localhost' }, %r{address}],
      [{ port: 8081, address: '10.0.0.0/8' }, %r{address}],
      [{ port: 8081, memory_max: '1 GB' }, %r{memory_max}],
      [{ port: 8081, tasks_max: 8 }, %r{tasks_max}],
      [{ port: 8081, sensitive_settings: { 'spring' => { 'datasource' => { 'password' => 'clear' } } } }, %r{sensitive_settings}],
      [{ port: 8081, reloadable_settings: { '../application.yml' => {} } }, %r{reloadable_settings}],
      [{ port: 8081, reloadable_settings: { 'routes.yml' => 'custom: legacy' } }, %r{reloadable_settings}],
    ]

    context 'such as a title that is not a service name' do
      let(:title) { 'Model Service' }

      it { is_expected.to compile.and_raise_error(%r{'Model Service' is not a service name}) }
    end

    context 'such as no port' do
      let(:params) { {} }

      it { is_expected.to compile.and_raise_error(%r{expects a value for parameter 'port'}) }
    end
  end
end
