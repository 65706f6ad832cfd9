# frozen_string_literal: true

require 'spec_helper'

describe 'carve::java' do
  context 'with defaults' do
    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_package('openjdk-17-jre-headless').with_ensure('installed') }
  end

  context 'with another runtime' do
    let(:params) { { package: 'openjdk-21-jre-headless' } }

    it { is_expected.to contain_package('openjdk-21-jre-headless') }
    it { is_expected.not_to contain_package('openjdk-17-jre-headless') }
  end

  context 'with the runtime left to the host' do
    let(:params) { { manage_package: false } }

    it { is_expected.to compile.with_all_deps }
    it { is_expected.to have_package_resource_count(0) }
  end

  context 'with bad values' do
    include_examples 'refuses bad parameters', [
      [{ package: '' }, %r{package}],
      [{ manage_package: 'false' }, %r{manage_package}],
    ]
  end
end
