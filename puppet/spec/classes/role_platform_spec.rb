# frozen_string_literal: true

require 'spec_helper'

# The profiles' parameters come from spec/fixtures/hieradata, as on a host they come from Hiera.
describe 'role::platform' do
  let(:node) { 'platform1.example.internal' }
  context 'with defaults' do
    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_class('profile::model_service') }
    it { is_expected.to contain_class('profile::gateway') }
    it { is_expected.to contain_class('carve') }
    it { is_expected.to contain_class('postgresql::server') }
    it { is_expected.to contain_service('model-service') }
    it { is_expected.to contain_service('gateway-legacy-adapter') }

    it 'gives the gateway the model-service instances from Hiera, over https' do
      expect(sensitive_content('/etc/gateway-legacy-adapter/application.yml'))
        .to match(%r{- uri: https://model1.example.internal:8081\n *- uri: https://model2.example.internal:8081$})
    end

    it "lets the node's own certificate call model-service, as Hiera says" do
      expect(sensitive_content('/etc/model-service/application.yml')).to match(%r{^    allowed-callers:\n    - platform1.example.internal$})
    end

    it "holds Hiera's database password only as Sensitive" do
      expect(sensitive_content('/etc/model-service/application.yml')).to match(%r{^    password: spec-secret$})
      expect(clear_parameter_values.select { |_, _, value| value.include?('spec-secret') }).to be_empty
    end
  end

  context 'with the apt repository' do
    let(:params) { { manage_repository: true } }

    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_class('carve::repository') }
    it { is_expected.to contain_package('model-service').that_requires('Class[apt::update]') }
  end

  context 'without the apt repository (the default)' do
    it { is_expected.not_to contain_class('carve::repository') }
  end

  context 'with model-service only' do
    let(:params) { { services: ['model-service'] } }

    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_class('profile::model_service') }
    it { is_expected.not_to contain_class('profile::gateway') }
    it { is_expected.not_to contain_package('gateway-legacy-adapter') }
  end

  context 'with the gateway only' do
    let(:params) { { services: ['gateway-legacy-adapter'] } }

    it { is_expected.to compile.with_all_deps }
    it { is_expected.not_to contain_class('profile::model_service') }
    it { is_expected.not_to contain_class('postgresql::server') }
    it { is_expected.to contain_package('gateway-legacy-adapter') }
  end

  context 'with bad values' do
    include_examples 'refuses bad parameters', [
      [{ services: [] }, %r{services}],
      [{ services: ['billing-service'] }, %r{services}],
      [{ services: 'model-service' }, %r{services}],
      [{ manage_repository: 'yes' }, %r{manage_repository}],
    ]
  end
end
