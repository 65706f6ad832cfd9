# @summary gateway-legacy-adapter on this host: the legacy monolith's front door, calling the
#   model-service instances listed in Hiera and proxying everything else to the monolith.
#
# @param legacy_base_url
#   The legacy monolith's base URL (`legacy.base-url`).
# @param model_service_instances
#   The model-service instances to balance between, by base URL.
# @param port
#   The gateway's HTTP port.
# @param settings
#   Further properties for the operator file, merged over those this profile sets.
# @param package_ensure
#   `installed` (a host keeps the version it has), `latest`, a version (to upgrade or roll back
#   to), or `absent`/`purged`. `.ci/steps/deploy` sets it: `latest`, or the version it is given.
# @param package_source
#   A local `.deb` to install instead of the apt repository's package.
# @param java_opts
#   JVM options for the gateway.
# @param manage_service
#   Whether Puppet manages the running service (off where systemd does not run).
class profile::gateway (
  Stdlib::HTTPUrl $legacy_base_url,
  Array[Stdlib::HTTPUrl, 1] $model_service_instances,
  Stdlib::Port::Unprivileged $port = 8080,
  Hash[String[1], Data] $settings = {},
  String[1] $package_ensure = 'installed',
  Optional[Stdlib::Absolutepath] $package_source = undef,
  Array[String[1]] $java_opts = [],
  Boolean $manage_service = true,
) {
  $routing = {
    'legacy' => { 'base-url' => $legacy_base_url },
    'spring' => {
      'cloud' => {
        'discovery' => {
          'client' => {
            'simple' => {
              'instances' => {
                'model-service' => $model_service_instances.map |$url| { { 'uri' => $url } },
              },
            },
          },
        },
      },
    },
  }

  carve::service { 'gateway-legacy-adapter':
    port           => $port,
    settings       => deep_merge($routing, $settings),
    package_ensure => $package_ensure,
    package_source => $package_source,
    java_opts      => $java_opts,
    manage_service => $manage_service,
  }
}
