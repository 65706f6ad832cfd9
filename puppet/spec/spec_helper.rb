# frozen_string_literal: true

# rspec-puppet for the site modules, against the forge modules Debian packages
# (puppet-module-puppetlabs-*, under /usr/share/puppet/modules): the versions the Puppetfile pins.
# puppetlabs_spec_helper gives each example fresh Puppet settings.
require 'rspec-puppet'
RSpec.configure { |c| c.mock_with :rspec }
require 'puppetlabs_spec_helper/puppet_spec_helper'

PUPPET_ROOT = File.expand_path('..', __dir__)
SYSTEM_MODULES = ENV.fetch('CARVE_FORGE_MODULES', '/usr/share/puppet/modules')

DEBIAN_12_FACTS = {
  'os' => {
    'name' => 'Debian', 'family' => 'Debian',
    'release' => { 'full' => '12.12', 'major' => '12', 'minor' => '12' },
    'distro' => { 'codename' => 'bookworm' },
    'architecture' => 'amd64',
  },
  'osfamily' => 'Debian',
  'operatingsystem' => 'Debian',
  'operatingsystemrelease' => '12.12',
  'operatingsystemmajrelease' => '12',
  'lsbdistcodename' => 'bookworm',
  'kernel' => 'Linux',
  'path' => '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'service_provider' => 'systemd',
  'networking' => { 'fqdn' => 'platform1.example.internal', 'hostname' => 'platform1' },
  'fqdn' => 'platform1.example.internal',
  'hostname' => 'platform1',
}.freeze

RSpec.configure do |c|
  c.module_path = [File.join(PUPPET_ROOT, 'site'), SYSTEM_MODULES].join(File::PATH_SEPARATOR)
  c.hiera_config = File.join(__dir__, 'fixtures', 'hiera.yaml')
  c.default_facts = DEBIAN_12_FACTS
  c.strict_variables = true
end

# Each set of bad parameters must stop compilation with an error naming what is wrong:
#   include_examples 'refuses bad parameters', [[{ port: 0 }, %r{port}], ...]
RSpec.shared_examples 'refuses bad parameters' do |cases|
  cases.each do |bad, message|
    context "such as #{bad}" do
      let(:params) { bad }

      it { is_expected.to compile.and_raise_error(message) }
    end
  end
end

# Reading what the catalog holds as Sensitive: the compiler unwraps it and names the parameter in
# the resource's sensitive_parameters, which is what keeps it out of logs and reports.
module CarveSpecHelpers
  # The content of File[path], which must be Sensitive.
  def sensitive_content(path)
    resource = catalogue.resource('File', path)
    raise "the catalog has no File[#{path}]" unless resource
    raise "File[#{path}]'s content is not Sensitive" unless resource.sensitive_parameters.include?(:content)

    resource[:content]
  end

  # Every parameter value of every resource that is not Sensitive, as text.
  def clear_parameter_values
    catalogue.resources.flat_map do |resource|
      resource.to_hash.reject { |name, _| resource.sensitive_parameters.include?(name) }.map { |name, value| [resource.ref, name, value.to_s] }
    end
  end
end
RSpec.configure { |c| c.include CarveSpecHelpers }
RSpec::Matchers.define_negated_matcher :not_match, :match
