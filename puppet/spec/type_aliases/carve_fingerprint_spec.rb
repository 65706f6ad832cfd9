# frozen_string_literal: true

require 'spec_helper'

describe 'Carve::Fingerprint' do
  it { is_expected.to allow_value('EAA8F281C8F83CCA3ADFE4F63B35C7A0B2004902') }

  ['', 'eaa8f281c8f83cca3adfe4f63b35c7a0b2004902', '3B35C7A0B2004902', 'EAA8 F281 C8F8 3CCA 3ADF E4F6 3B35 C7A0 B200 4902',
   'EAA8F281C8F83CCA3ADFE4F63B35C7A0B200490Z', '0xEAA8F281C8F83CCA3ADFE4F63B35C7A0B2004902'].each do |value|
    it { is_expected.not_to allow_value(value) }
  end
end
