-- service-starter's table of Idempotency-Key answers (io.carve.starter.idempotency), in every service
-- with a database. A repeatable migration, so that it never takes a version number of the service's
-- own; it must therefore stay re-runnable: create what is missing, never drop.
create table if not exists carve_idempotency_key (
    idempotency_key varchar(255) primary key,
    -- SHA-256 of the request (method, path, query, content type, body), in hex.
    fingerprint char(64) not null,
    -- Null while the first request with the key is in flight.
    status integer,
    content_type varchar(255),
    location varchar(2048),
    etag varchar(255),
    body bytea,
    created_at timestamp with time zone not null default now(),
    expires_at timestamp with time zone not null
);

create index if not exists carve_idempotency_key_expires_at on carve_idempotency_key (expires_at);
