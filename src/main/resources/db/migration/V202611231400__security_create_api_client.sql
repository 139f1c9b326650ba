-- Credentials for other systems calling the JSON API. Only the SHA-256 (hex) of a token is kept, never the token;
-- the first characters are kept to recognise it in lists. Rows are revoked, never deleted, so use stays attributable.
create table api_client (
    id               uuid         primary key,
    name             varchar(120) not null,
    organisation_id  uuid         not null,
    token_prefix     varchar(8)   not null,
    token_hash       varchar(64)  not null,
    privileges       varchar(500) not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100) not null,
    revoked_at       timestamp with time zone,
    revoked_by       varchar(100),
    revoke_reason    varchar(500),
    last_used_at     timestamp with time zone,
    constraint uq_api_client_token_hash unique (token_hash)
);
