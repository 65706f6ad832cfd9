# @summary The apt repository the platform's packages are published to, with its signing key,
#   refreshed before any platform package is installed from it.
#
# @param location
#   The repository's URL.
# @param key_source
#   Where Puppet takes the repository's public signing key from (ASCII-armoured), for example
#   `puppet:///modules/site_keys/carve-platform.asc` or a file on the host.
# @param release
#   The repository's distribution.
# @param repos
#   The repository's components.
class carve::repository (
  Stdlib::HTTPUrl $location,
  Stdlib::Filesource $key_source,
  String[1] $release = $facts['os']['distro']['codename'],
  String[1] $repos = 'main',
) {
  $keyring = '/usr/share/keyrings/carve-platform.asc'

  file { $keyring:
    ensure => file,
    owner  => 'root',
    group  => 'root',
    mode   => '0644',
    source => $key_source,
  }

  apt::source { 'carve-platform':
    location => $location,
    release  => $release,
    repos    => $repos,
    keyring  => $keyring,
    require  => File[$keyring],
  }

  Class['apt::update'] -> Package <| tag == 'carve::service' or tag == 'carve::java' |>
}
