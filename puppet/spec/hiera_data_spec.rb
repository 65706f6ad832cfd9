# frozen_string_literal: true

require 'spec_helper'

# Hiera keys are strings: a misspelt one is silently ignored. Every key in data/ must name a
# parameter of a class in site/ or in the forge modules (or be 'classes', which site.pp looks up).
describe 'Hiera data' do
  def parameters_of(class_name)
    mod, *rest = class_name.split('::')
    file = rest.empty? ? 'init.pp' : "#{rest.join('/')}.pp"
    manifest = [File.join(PUPPET_ROOT, 'site'), SYSTEM_MODULES].map { |dir| File.join(dir, mod, 'manifests', file) }
                                                                .find { |path| File.exist?(path) }
    return nil unless manifest

    File.read(manifest)[%r{^class #{Regexp.escape(class_name)}\s*\((.*?)^\)}m, 1].to_s.scan(%r{\$([a-z_][a-z0-9_]*)\s*(?:=|,|$)}).flatten
  end

  Dir[File.join(PUPPET_ROOT, 'data', '**', '*.yaml')].sort.each do |file|
    keys = YAML.safe_load(File.read(file)).keys - ['classes', 'lookup_options']
    keys.each do |key|
      it "#{file.delete_prefix("#{PUPPET_ROOT}/")}: #{key} is a class parameter" do
        class_name, _, parameter = key.rpartition('::')
        expect(parameters_of(class_name)).to include(parameter)
      end
    end
  end

  it 'has Hiera make the database password Sensitive, as the specs do' do
    options = ->(file) { YAML.safe_load(File.read(file)).fetch('lookup_options') }
    expect(options.call(File.join(PUPPET_ROOT, 'data', 'common.yaml')))
      .to include('profile::model_service::db_password' => { 'convert_to' => 'Sensitive' })
      .and eq(options.call(File.join(__dir__, 'fixtures', 'hieradata', 'common.yaml')))
  end
end
