# @summary Where this node's Puppet agent keeps its certificate, key and the Puppet CA: the files
#   `carve::service` copies for each service that serves or calls over mutual TLS.
#
# A node managed by Puppet has them already, signed by the Puppet CA, so the services need no PKI
# of their own: the certificate's name (the node's certname) is the caller name other services
# list in `carve.security.allowed-callers`. The agent renews them; `carve::service` copies them again
# on the next run, and the services reload them when the files change.
#
# @param certificate_source
#   The agent's certificate (PEM), on the node.
# @param private_key_source
#   The agent's private key (PEM), on the node.
# @param ca_source
#   The Puppet CA's certificate (PEM), on the node: what callers' and callees' certificates must
#   be signed by.
class carve::tls (
  Stdlib::Absolutepath $certificate_source = "/etc/puppetlabs/puppet/ssl/certs/${trusted['certname']}.pem",
  Stdlib::Absolutepath $private_key_source = "/etc/puppetlabs/puppet/ssl/private_keys/${trusted['certname']}.pem",
  Stdlib::Absolutepath $ca_source = '/etc/puppetlabs/puppet/ssl/certs/ca.pem',
) {
}
