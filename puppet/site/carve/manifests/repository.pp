# @summary The apt repository the platform's packages are published to, with its signing key,
#   refreshed before any platform package is installed from it.
#
# apt accepts the repository's index only when it is signed by the key with the given fingerprint,
# from the given key file (`signed-by` with both): a key file replaced on its way to the host
# makes `apt-get update` fail, and no platform package is installed.
#
# @param location
#   The repository's URL.
# @param key_source
#   Where Puppet takes the repository's public signing key from (ASCII-armoured), for example
#   `puppet:///modules/site_keys/carve-platform.asc`, a file on the host or the
#   `carve-archive-keyring.asc` that `.ci/steps/publish-debs` writes beside the repository.
# @param key_fingerprint
#   The signing key's fingerprint, as `.ci/steps/publish-debs` prints it.
# @param release
#   The repository's distribution.
# @param repos
#   The repository's components.
# @param refresh_lists
#   Whether to refresh the repository's package lists on every run, before the platform's packages
#   are installed, failing those when the repository cannot be read. Off, they are refreshed only
#   when the repository's entry changes. `.ci/steps/deploy` turns it on, so that a deploy sees what
#   was just published.
class carve::repository (
  Stdlib::HTTPUrl $location,
  Stdlib::Filesource $key_source,
  Carve::Fingerprint $key_fingerprint,
  String[1] $release = $facts['os']['distro']['codename'],
  String[1] $repos = 'main',
  Boolean $refresh_lists = false,
) {
  include apt
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
    # apt reads a list of key files and fingerprints here (sources.list(5), Signed-By).
    keyring  => "${keyring},${key_fingerprint}",
    require  => File[$keyring],
  }

  Class['apt::update'] -> Package <| tag == 'carve::service' or tag == 'carve::java' |>

  if $refresh_lists {
    # Only this repository's lists; unlike a plain "apt-get update", it fails when they cannot be
    # fetched or verified, rather than keep the old ones.
    exec { 'carve-platform package lists':
      command   => join([
          'apt-get update -q',
          "-o Dir::Etc::SourceList=${apt::sources_list_d}/carve-platform.list -o Dir::Etc::SourceParts=-",
          '-o APT::Get::List-Cleanup=0 -o APT::Update::Error-Mode=any',
      ], ' '),
      path      => ['/usr/bin', '/bin'],
      logoutput => 'on_failure',
      require   => [Apt::Source['carve-platform'], Class['apt::update']],
    }
    Exec['carve-platform package lists'] -> Package <| tag == 'carve::service' |>
  }
}
