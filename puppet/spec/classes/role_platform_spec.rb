# frozen_string_literal: true

require 'spec_helper'

# The profiles' parameters come from spec/fixtures/hieradata, as on a host they come from Hiera.
describe 'role::platform' do
  context 'with defaults' do
    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_class('profile::model_service') }
    it { is_expected.to contain_class('profile::gateway') }
    it { is_expected.to contain_class('carve') }
    it { is_expected.to contain_class('postgresql::server') }
    it { is_expected.to contain_service('model-service') }
    it { is_expected.to contain_service('gateway-legacy-adapter') }

    it 'gives the gateway the model-service instances from Hiera' do
      is_expected.to contain_file('/etc/gateway-legacy-adapter/application.yml')
        .with_content(%r{- uri: http://model1.example.internal:8081\n *- uri: http://model2.example.internal:8081$})
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
