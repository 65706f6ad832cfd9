# frozen_string_literal: true

require 'spec_helper'

describe 'profile::gateway' do
  let(:node) { 'platform1.example.internal' }
  let(:params) do
    { legacy_base_url: 'http://legacy.example.internal:8000',
      model_service_instances: ['http://model1:8081', 'http://model2:8081'] }
  end

  context 'with the legacy URL and the model-service instances' do
    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_carve__service('gateway-legacy-adapter').with(port: 8080, manage_service: true, package_ensure: 'installed') }

    it 'writes them where the gateway reads them, calling model-service over https' do
      expect(sensitive_content('/etc/gateway-legacy-adapter/application.yml'))
        .to match(%r{^legacy:\n  base-url: http://legacy.example.internal:8000$})
        .and match(%r{^ +model-service:\n +- uri: https://model1:8081\n +- uri: https://model2:8081$})
        .and match(%r{^  port: 8080$})
    end

    it 'listens on loopback only, API and actuator, until told where' do
      expect(sensitive_content('/etc/gateway-legacy-adapter/application.yml'))
        .to match(%r{^server:\n  port: 8080\n  address: 127.0.0.1$})
        .and match(%r{^management:\n  server:\n    port: 9080\n    address: 127.0.0.1$})
    end

    it "uses the node's Puppet agent certificate as a client only" do
      is_expected.to contain_carve__service('gateway-legacy-adapter').with(tls: true, tls_server_enabled: false, allowed_callers: [], management_port: 9080)
      is_expected.to contain_file('/etc/gateway-legacy-adapter/tls/certificate.pem')
        .with(source: '/etc/puppetlabs/puppet/ssl/certs/platform1.example.internal.pem', owner: 'gateway-legacy-adapter')
      expect(sensitive_content('/etc/gateway-legacy-adapter/application.yml')).to match(%r{^    server-enabled: false$})
    end
  end

  context 'with the default route modes' do
    it 'serves the custom route from model-service, the modes in the reloadable routes file' do
      is_expected.to contain_file('/etc/gateway-legacy-adapter/routes.yml')
        .with_content(%r{^gateway:\n  routes:\n    custom:\n      mode: migrated\n\z})
        .that_notifies('Exec[reload gateway-legacy-adapter]')
      is_expected.not_to contain_file('/etc/gateway-legacy-adapter/routes.yml').that_notifies('Service[gateway-legacy-adapter]')
      expect(sensitive_content('/etc/gateway-legacy-adapter/application.yml')).not_to match(%r{mode:})
    end
  end

  context 'with a route in shadow mode and shadow settings' do
    let(:params) { super().merge(routes: { 'custom' => 'shadow' }, shadow: { 'sample-rate' => 0.5, 'ignored-fields' => ['url'] }) }

    it { is_expected.to compile.with_all_deps }

    it do
      is_expected.to contain_file('/etc/gateway-legacy-adapter/routes.yml')
        .with_content(%r{^gateway:\n  routes:\n    custom:\n      mode: shadow\n  shadow:\n    sample-rate: 0.5\n    ignored-fields:\n    - url\n\z})
    end

    it { is_expected.to contain_exec('reload gateway-legacy-adapter').with(command: 'systemctl try-reload-or-restart gateway-legacy-adapter') }
  end

  context 'with the route switched back to the monolith, without service management' do
    let(:params) { super().merge(routes: { 'custom' => 'legacy' }, manage_service: false) }

    it { is_expected.to contain_file('/etc/gateway-legacy-adapter/routes.yml').with_content(%r{^      mode: legacy$}) }
    it { is_expected.not_to contain_exec('reload gateway-legacy-adapter') }
  end

  context 'with an address, allowed callers and limits' do
    let(:params) { super().merge(address: '10.1.2.3', allowed_callers: ['monitor.example.internal'], memory_max: '2G', tasks_max: 800) }

    it { is_expected.to compile.with_all_deps }

    it do
      expect(sensitive_content('/etc/gateway-legacy-adapter/application.yml'))
        .to match(%r{^  address: 10.1.2.3$}).and match(%r{^    address: 10.1.2.3$}).and match(%r{^    - monitor.example.internal$})
    end

    it { is_expected.to contain_file('/etc/systemd/system/gateway-legacy-adapter.service.d/carve.conf').with_content(%r{^MemoryMax=2G\nTasksMax=800$}) }
  end

  context 'without TLS' do
    let(:params) { super().merge(tls: false) }

    it { is_expected.to compile.with_all_deps }

    it 'calls the instances as given, with no certificate' do
      expect(sensitive_content('/etc/gateway-legacy-adapter/application.yml'))
        .to match(%r{- uri: http://model1:8081$}).and not_match(%r{^carve:|^management:})
      is_expected.not_to contain_file('/etc/gateway-legacy-adapter/tls/certificate.pem')
    end
  end

  context 'with a port, settings, a local package, JVM options and no service management' do
    let(:params) do
      super().merge(port: 9080, settings: { 'logging' => { 'level' => { 'root' => 'debug' } } },
                    package_source: '/tmp/gateway-legacy-adapter.deb', java_opts: ['-Xmx1g'], manage_service: false)
    end

    it { is_expected.to compile.with_all_deps }

    it do
      is_expected.to contain_carve__service('gateway-legacy-adapter')
        .with(port: 9080, package_source: '/tmp/gateway-legacy-adapter.deb', java_opts: ['-Xmx1g'], manage_service: false)
    end

    it { expect(sensitive_content('/etc/gateway-legacy-adapter/application.yml')).to match(%r{^    root: debug$}) }
    it { is_expected.not_to contain_service('gateway-legacy-adapter') }
  end

  context 'with a version to install' do
    let(:params) { super().merge(package_ensure: 'latest') }

    it { is_expected.to contain_package('gateway-legacy-adapter').with(ensure: 'latest', provider: 'apt') }
  end

  context 'with bad values' do
    include_examples 'refuses bad parameters', [
      [{ legacy_base_url: 'legacy.example.internal', model_service_instances: ['http://m:8081'] }, %r{legacy_base_url}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: [] }, %r{model_service_instances}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: ['model1:8081'] }, %r{model_service_instances}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: ['http://m:8081'], port: 70_000 }, %r{port}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: ['http://m:8081'], package_ensure: '' }, %r{package_ensure}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: ['http://m:8081'], address: '0.0.0.0/0' }, %r{address}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: ['http://m:8081'], tls: 'no' }, %r{tls}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: ['http://m:8081'], management_port: 22 }, %r{management_port}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: ['http://m:8081'], routes: { 'custom' => 'Migrated' } }, %r{routes}],
      [{ legacy_base_url: 'http://legacy', model_service_instances: ['http://m:8081'], shadow: 'sample-rate: 1' }, %r{shadow}],
    ]
  end
end
