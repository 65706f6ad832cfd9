# frozen_string_literal: true

require 'spec_helper'

describe 'carve' do
  context 'with defaults' do
    it { is_expected.to compile.with_all_deps }
    it { is_expected.to have_carve__service_resource_count(0) }
  end

  context 'with services from Hiera' do
    let(:params) do
      { services: { 'report-service' => { 'port' => 8083, 'settings' => { 'report-service' => { 'page-size' => 50 } } },
                    'audit-service' => { 'port' => 8084, 'manage_service' => false } } }
    end

    it { is_expected.to compile.with_all_deps }
    it { is_expected.to contain_carve__service('report-service').with_port(8083) }
    it { expect(sensitive_content('/etc/report-service/application.yml')).to match(%r{^  page-size: 50$}) }
    it { is_expected.to contain_carve__service('audit-service').with(port: 8084, manage_service: false) }
    it { is_expected.not_to contain_service('audit-service') }
  end

  context 'with a bad service name' do
    let(:params) { { services: { 'Report_Service' => { 'port' => 8083 } } } }

    it { is_expected.to compile.and_raise_error(%r{services}) }
  end

  context 'with a parameter carve::service does not have' do
    let(:params) { { services: { 'report-service' => { 'port' => 8083, 'colour' => 'blue' } } } }

    it { is_expected.to compile.and_raise_error(%r{colour}) }
  end
end
