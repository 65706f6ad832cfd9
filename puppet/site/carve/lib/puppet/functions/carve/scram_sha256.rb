# frozen_string_literal: true

require 'openssl'
require 'base64'

# @summary A PostgreSQL SCRAM-SHA-256 verifier (what `pg_authid.rolpassword` holds) for a role's
#   password, Sensitive, as PostgreSQL 10 and later compute it for `password_encryption =
#   scram-sha-256` (RFC 5802, RFC 7677).
#
# puppetlabs-postgresql 6.7 knows only md5 hashes. The salt is derived from the role's name and the
# given salt text, not from the password, so that the verifier is the same on every run (the role's
# password is set again only when it changed) and an attacker holding it still pays the 4096
# iterations per guess.
Puppet::Functions.create_function(:'carve::scram_sha256') do
  # @param role The role's name.
  # @param password The role's password.
  # @param salt_text What the salt is derived from besides the role's name (the database, say).
  # @return [Sensitive[String]] `SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>`
  dispatch :verifier do
    param 'String[1]', :role
    param 'Sensitive[String[1]]', :password
    param 'String', :salt_text
    return_type 'Sensitive[String[1]]'
  end

  ITERATIONS = 4096

  def verifier(role, password, salt_text)
    salt = OpenSSL::Digest::SHA256.digest("carve scram salt\0#{role}\0#{salt_text}")[0, 16]
    salted = OpenSSL::PKCS5.pbkdf2_hmac(password.unwrap, salt, ITERATIONS, 32, OpenSSL::Digest.new('SHA256'))
    client_key = OpenSSL::HMAC.digest('SHA256', salted, 'Client Key')
    stored_key = OpenSSL::Digest::SHA256.digest(client_key)
    server_key = OpenSSL::HMAC.digest('SHA256', salted, 'Server Key')
    Puppet::Pops::Types::PSensitiveType::Sensitive.new(
      "SCRAM-SHA-256$#{ITERATIONS}:#{Base64.strict_encode64(salt)}$#{Base64.strict_encode64(stored_key)}:#{Base64.strict_encode64(server_key)}",
    )
  end
end
