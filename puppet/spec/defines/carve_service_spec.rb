# frozen_string_literal: true

require 'spec_helper'

describe 'carve::service' do
  let(:title) { 'model-service' }
  let(:params) { { port: 8081 } }

  context 'with only a port' do
    it { is_expected.to compile.with_all_deps }

    it 'installs the package from the apt repositories, after the Java runtime' do
      is_expected.to contain_package('model-service').with(ensure: 'installed', provider: 'apt', source: nil)
      is_expected.to contain_package('openjdk-17-jre-headless').that_comes_before('Package[model-service]')
    end

    it 'writes the operator file for the service user to read, with the port and the log folder' do
      is_expected.to contain_file('/etc/model-service/application.yml')
        .with(ensure: 'file', owner: 'root', group: 'model-service', mode: '0640', show_diff: false)
        .with_content(%r{^server:\n  port: 8081$})
        .with_content(%r{^logging:\n  file:\n    path: "?/var/log/model-service"?\n    name: "?/var/log/model-service/model-service.log"?\n  structured:\n    format:\n      file: ecs$})
        .that_requires('Package[model-service]')
    end

    it 'gives the service user its log folder' do
      is_expected.to contain_file('/var/log/model-service')
        .with(ensure: 'directory', owner: 'model-service', group: 'model-service', mode: '0750')
    end

    it 'writes a hardened unit that runs the command line as the service user' do
      is_expected.to contain_file('/etc/systemd/system/model-service.service')
        .with_content(%r{^User=model-service$})
        .with_content(%r{^ExecStart=/usr/bin/model-service$})
        .with_content(%r{^SuccessExitStatus=143$})
        .with_content(%r{^ProtectSystem=strict$})
        .with_content(%r{^ReadWritePaths=/var/log/model-service$})
        .with_content(%r{^NoNewPrivileges=true$})
        .without_content(%r{JAVA_OPTS})
    end

    it 'runs the service, restarted when its package, file or unit change' do
      is_expected.to contain_service('model-service').with(ensure: 'running', enable: true)
        .that_subscribes_to(['Package[model-service]', 'File[/etc/model-service/application.yml]',
                             'File[/etc/systemd/system/model-service.service]', 'File[/var/log/model-service]'])
    end
  end

  context 'with settings' do
    let(:params) do
      { port: 9000, settings: { 'spring' => { 'datasource' => { 'url' => 'jdbc:postgresql://db1:5432/m' } },
                                'logging' => { 'level' => { 'root' => 'warn' } } } }
    end

    it 'merges them with the port and the log folder' do
      is_expected.to contain_file('/etc/model-service/application.yml')
        .with_content(%r{^  port: 9000$})
        .with_content(%r{url: jdbc:postgresql://db1:5432/m$})
        .with_content(%r{^      file: ecs\n  level:\n    root: warn$})
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
      is_expected.to contain_file('/etc/systemd/system/model-service.service')
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

  context 'with another service' do
    let(:title) { 'gateway-legacy-adapter' }
    let(:params) { { port: 8080 } }

    it { is_expected.to contain_package('gateway-legacy-adapter') }
    it { is_expected.to contain_file('/etc/gateway-legacy-adapter/application.yml').with_group('gateway-legacy-adapter') }
    it { is_expected.to contain_file('/etc/systemd/system/gateway-legacy-adapter.service').with_content(%r{^User=gateway-legacy-adapter$}) }
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
