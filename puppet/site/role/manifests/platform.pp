# @summary A host that runs the whole platform: model-service with its PostgreSQL, the gateway
#   in front of the legacy monolith, and any service listed under `carve::services`.
#
# @param services
#   The platform services this host runs; a host that needs only model-service lists only it.
# @param manage_repository
#   Whether to configure the platform's apt repository (`carve::repository`, whose location, key and
#   fingerprint come from Hiera); off where the host has it already or installs local files.
class role::platform (
  Array[Enum['model-service', 'gateway-legacy-adapter'], 1] $services = ['model-service', 'gateway-legacy-adapter'],
  Boolean $manage_repository = false,
) {
  if $manage_repository {
    include carve::repository
  }
  if 'model-service' in $services {
    include profile::model_service
  }
  if 'gateway-legacy-adapter' in $services {
    include profile::gateway
  }
  include carve
}
