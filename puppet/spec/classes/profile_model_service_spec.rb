# frozen_string_literal: true

require 'spec_helper'

describe 'profile::model_service' do
  let(:params) { { db_password: 'secret' } }

  context 'with only a password' do
    it { is_expected.to compile.with_all_deps }

    it 'creates the database, owned by its user, before the service' do
      is_expected.to contain_class('postgresql::server')
      is_expected.to contain_postgresql__server__db('model_service')
        .with(user: 'model_service', owner: 'model_service', password: 'md5' + Digest::MD5.hexdigest('secretmodel_service'))
        .that_comes_before('Carve::Service[model-service]')
    end

    it 'points the service at it, with the embedded database off' do
      is_expected.to contain_carve__service('model-service')
        .with(port: 8081, manage_service: true, package_ensure: 'installed', package_source: nil)
      is_expected.to contain_file('/etc/model-service/application.yml')
        .with_content(%r{url: jdbc:postgresql://localhost:5432/model_service$})
        .with_content(%r{username: model_service$})
        .with_content(%r{password: secret$})
        .with_content(%r{^carve:\n  embedded-database:\n    enabled: false$})
    end
  end

  context 'with a Sensitive password' do
    let(:params) { { db_password: sensitive('hidden') } }

    it { is_expected.to contain_file('/etc/model-service/application.yml').with_content(%r{password: hidden$}) }
  end

  context 'with a database elsewhere' do
    let(:params) do
      { db_password: 'secret', manage_database: false, db_host: 'db1.example.internal', db_port: 5433,
        db_name: 'models', db_user: 'models_app' }
    end

    it { is_expected.to compile.with_all_deps }
    it { is_expected.not_to contain_class('postgresql::server') }
    it { is_expected.not_to contain_postgresql__server__db('models') }

    it do
      is_expected.to contain_file('/etc/model-service/application.yml')
        .with_content(%r{url: jdbc:postgresql://db1.example.internal:5433/models$})
        .with_content(%r{username: models_app$})
    end
  end

  context 'with a port, settings, a local package, JVM options and no service management' do
    let(:params) do
      { db_password: 'secret', port: 9081, settings: { 'carve' => { 'paging' => { 'max-page-size' => 50 } } },
        package_source: '/tmp/model-service.deb', java_opts: ['-Xmx256m'], manage_service: false }
    end

    it { is_expected.to compile.with_all_deps }

    it do
      is_expected.to contain_carve__service('model-service')
        .with(port: 9081, package_source: '/tmp/model-service.deb', java_opts: ['-Xmx256m'], manage_service: false)
    end

    it 'keeps the embedded database off beside the extra settings' do
      is_expected.to contain_file('/etc/model-service/application.yml')
        .with_content(%r{^carve:\n  embedded-database:\n    enabled: false\n  paging:\n    max-page-size: 50$})
        .with_content(%r{^  port: 9081$})
    end

    it { is_expected.not_to contain_service('model-service') }
  end

  context 'with a version to install' do
    let(:params) { { db_password: 'secret', package_ensure: '0.0.9' } }

    it { is_expected.to contain_package('model-service').with(ensure: '0.0.9', provider: 'apt') }
  end

  context 'with bad values' do
    include_examples 'refuses bad parameters', [
      [{ db_password: '' }, %r{db_password}],
      [{ db_password: 'x', db_host: 'not a host!' }, %r{db_host}],
      [{ db_password: 'x', db_port: 'five' }, %r{db_port}],
      [{ db_password: 'x', port: 443 }, %r{port}],
      [{ db_password: 'x', manage_database: 'yes' }, %r{manage_database}],
      [{ db_password: 'x', package_source: 'relative.deb' }, %r{package_source}],
      [{ db_password: 'x', package_ensure: '' }, %r{package_ensure}],
    ]
  end
end
