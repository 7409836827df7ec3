-- The portal's token-signing keys (RSA, PKCS#8 PEM). The first start creates one; a retired key stays published
-- until the tokens it signed have expired, which is why keys are retired rather than deleted.
create table signing_keys (
    kid text primary key,
    pem text not null,
    created_at timestamptz not null,
    retired_at timestamptz
);

-- One active key at most: replicas starting together on an empty table race to insert, and only one insert wins.
create unique index signing_keys_one_active_idx on signing_keys ((retired_at is null)) where retired_at is null;

grant select, insert on signing_keys to $app_role$;
