# frozen_string_literal: true

require 'spec_helper'

describe 'carve::repository' do
  let(:params) do
    { location: 'https://apt.example.internal/carve', key_source: 'puppet:///modules/site_keys/carve-platform.asc' }
  end

  context 'with a location and a key' do
    it { is_expected.to compile.with_all_deps }

    it 'installs the key where the source entry says it signs the repository' do
      is_expected.to contain_file('/usr/share/keyrings/carve-platform.asc')
        .with(source: 'puppet:///modules/site_keys/carve-platform.asc', mode: '0644')
        .that_comes_before('Apt::Source[carve-platform]')
      is_expected.to contain_apt__source('carve-platform')
        .with(location: 'https://apt.example.internal/carve', release: 'bookworm', repos: 'main',
              keyring: '/usr/share/keyrings/carve-platform.asc')
    end
  end

  context 'with a platform service' do
    let(:pre_condition) { "carve::service { 'model-service': port => 8081 }" }

    it 'refreshes the package lists before installing it and its Java' do
      is_expected.to contain_package('model-service').that_requires('Class[apt::update]')
      is_expected.to contain_package('openjdk-17-jre-headless').that_requires('Class[apt::update]')
    end
  end

  context 'with a release and components' do
    let(:params) { super().merge(release: 'stable', repos: 'main contrib') }

    it { is_expected.to contain_apt__source('carve-platform').with(release: 'stable', repos: 'main contrib') }
  end

  context 'with bad values' do
    include_examples 'refuses bad parameters', [
      [{ location: 'apt.example.internal', key_source: '/etc/carve.asc' }, %r{location}],
      [{ location: 'https://apt.example.internal', key_source: 'carve.asc' }, %r{key_source}],
      [{ location: 'https://apt.example.internal', key_source: '/etc/carve.asc', repos: '' }, %r{repos}],
    ]
  end
end
