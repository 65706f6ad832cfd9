# frozen_string_literal: true

require 'spec_helper'

describe 'Carve::Servicename' do
  ['model-service', 'gateway-legacy-adapter', 'a', 'service2'].each do |name|
    it { is_expected.to allow_value(name) }
  end

  ['', 'Model-Service', 'model_service', '-model', 'model-', 'model--service', '2service', 'model service'].each do |name|
    it { is_expected.not_to allow_value(name) }
  end
end
