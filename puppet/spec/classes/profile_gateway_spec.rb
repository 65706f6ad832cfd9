# frozen_string_literal: true

require 'spec_helper'

describe 'profile::gateway' do
  let(:params) do
    { legacy_base_url: 'http://legacy.example.internal:8000',
      model_service_instances: ['http://model1:8081', 'http://model2:8081'] }
  end

  context 'with the legacy URL and the model-service instances' do
    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_carve__service('gateway-legacy-adapter').with(port: 8080, manage_service: true, package_ensure: 'installed') }

    it 'writes them where the gateway reads them' do
      is_expected.to contain_file('/etc/gateway-legacy-adapter/application.yml')
        .with_content(%r{^legacy:\n  base-url: http://legacy.example.internal:8000$})
        .with_content(%r{^ +model-service:\n +- uri: http://model1:8081\n +- uri: http://model2:8081$})
        .with_content(%r{^  port: 8080$})
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

    it { is_expected.to contain_file('/etc/gateway-legacy-adapter/application.yml').with_content(%r{^    root: debug$}) }
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
    ]
  end
end
