# frozen_string_literal: true

require 'spec_helper'

describe 'carve::repository' do
  let(:params) do
    { location: 'https://apt.example.internal/carve', key_source: 'puppet:///modules/site_keys/carve-platform.asc',
      key_fingerprint: 'EAA8F281C8F83CCA3ADFE4F63B35C7A0B2004902' }
  end

  context 'with a location, a key and its fingerprint' do
    it { is_expected.to compile.with_all_deps }

    it 'installs the key where the source entry says it signs the repository' do
      is_expected.to contain_file('/usr/share/keyrings/carve-platform.asc')
        .with(source: 'puppet:///modules/site_keys/carve-platform.asc', mode: '0644')
        .that_comes_before('Apt::Source[carve-platform]')
      is_expected.to contain_apt__source('carve-platform')
        .with(location: 'https://apt.example.internal/carve', release: 'bookworm', repos: 'main')
    end

    it 'has apt accept only that key from that file (signed-by with both)' do
      is_expected.to contain_apt__setting('list-carve-platform').with_content(
        %r{^deb \[signed-by=/usr/share/keyrings/carve-platform.asc,EAA8F281C8F83CCA3ADFE4F63B35C7A0B2004902\] https://apt.example.internal/carve bookworm main$},
      )
    end
  end

  context 'with a platform service' do
    let(:pre_condition) { "carve::service { 'model-service': port => 8081 }" }

    it 'refreshes the package lists before installing it and its Java' do
      is_expected.to contain_package('model-service').that_requires('Class[apt::update]')
      is_expected.to contain_package('openjdk-17-jre-headless').that_requires('Class[apt::update]')
    end
  end

  context 'without refresh_lists (the default)' do
    it { is_expected.not_to contain_exec('carve-platform package lists') }
  end

  context 'with refresh_lists' do
    let(:params) { super().merge(refresh_lists: true) }
    let(:pre_condition) { "carve::service { 'model-service': port => 8081 }" }

    it { is_expected.to compile.with_all_deps }

    it 'refreshes only its lists, strictly, after its entry and before the service is installed' do
      is_expected.to contain_exec('carve-platform package lists')
        .with_command(%r{\Aapt-get update -q -o Dir::Etc::SourceList=/etc/apt/sources.list.d/carve-platform.list -o Dir::Etc::SourceParts=- })
        .with_command(%r{-o APT::Update::Error-Mode=any\z})
        .that_requires(['Apt::Source[carve-platform]', 'Class[apt::update]'])
        .that_comes_before('Package[model-service]')
    end
  end

  context 'with a release and components' do
    let(:params) { super().merge(release: 'stable', repos: 'main contrib') }

    it { is_expected.to contain_apt__source('carve-platform').with(release: 'stable', repos: 'main contrib') }
  end

  context 'with bad values' do
    fingerprint = 'EAA8F281C8F83CCA3ADFE4F63B35C7A0B2004902'
    include_examples 'refuses bad parameters', [
      [{ location: 'apt.example.internal', key_source: '/etc/carve.asc', key_fingerprint: fingerprint }, %r{location}],
      [{ location: 'https://apt.example.internal', key_source: 'carve.asc', key_fingerprint: fingerprint }, %r{key_source}],
      [{ location: 'https://apt.example.internal', key_source: '/etc/carve.asc', key_fingerprint: '3B35C7A0B2004902' }, %r{key_fingerprint}],
      [{ location: 'https://apt.example.internal', key_source: '/etc/carve.asc', key_fingerprint: fingerprint, repos: '' }, %r{repos}],
    ]
  end
end
