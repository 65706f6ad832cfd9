# frozen_string_literal: true

require 'spec_helper'

# REFERENCE.md is written by hand; this keeps it true to the manifests' parameters.
describe 'REFERENCE.md' do
  reference = File.read(File.join(PUPPET_ROOT, 'REFERENCE.md'))
  sections = reference.split(%r{^### }).drop(1).to_h { |section| [section.lines.first.strip, section] }

  Dir[File.join(PUPPET_ROOT, 'site', '*', 'manifests', '**', '*.pp')].sort.each do |manifest|
    source = File.read(manifest)
    name = source[%r{^(?:class|define) ([a-z_:]+)}, 1]
    parameters = source[%r{^(?:class|define) [a-z_:]+ \((.*?)^\)}m, 1].to_s.scan(%r{^\s+[A-Z][^$\n]*\$([a-z_]+)}).flatten

    it "documents #{name}" do
      expect(sections).to include(name)
    end

    parameters.each do |parameter|
      it "documents #{name}'s parameter #{parameter}" do
        expect(sections.fetch(name, '')).to include("| `#{parameter}` |")
      end
    end
  end
end
