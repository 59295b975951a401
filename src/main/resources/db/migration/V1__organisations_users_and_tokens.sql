-- Owner: organisations. Every other table in Tandem refers to organisation(id) through
-- an organisation_id column, the tenant key that TenantJdbc binds on every statement.

create table organisation (
    id              uuid          primary key,
    name            varchar(200)  not null,
    default_locale  varchar(10)   not null,
    time_zone       varchar(64)   not null,
    created_at      timestamp with time zone not null
);

create table user_account (
    id                    uuid          primary key,
    organisation_id       uuid          not null references organisation (id),
    username              varchar(64)   not null,
    display_name          varchar(200)  not null,
    email                 varchar(320),
    password_hash         varchar(255)  not null,
    roles                 varchar(200)  not null,
    enabled               boolean       not null,
    must_change_password  boolean       not null,
    failed_logins         integer       not null default 0,
    locked_until          timestamp with time zone,
    created_at            timestamp with time zone not null,
    version               integer       not null default 0,
    constraint uq_user_account_username unique (username)
);

create index ix_user_account_organisation on user_account (organisation_id, display_name);

create table api_token (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    user_id          uuid          not null references user_account (id),
    name             varchar(100)  not null,
    token_hash       varchar(64)   not null,
    token_prefix     varchar(16)   not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone,
    last_used_at     timestamp with time zone,
    revoked_at       timestamp with time zone,
    constraint uq_api_token_hash unique (token_hash)
);

create index ix_api_token_user on api_token (organisation_id, user_id);
