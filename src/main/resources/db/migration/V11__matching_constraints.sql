-- Owner: matching. What a coordinator or an admin decides about matching, kept apart from
-- the registry: pairs that must never be proposed, seniors whose preferred mentor gender
-- is a requirement rather than a wish, and the per-programme weights of the score.
-- People are named by id only; like every table here each row carries organisation_id.

create table matching_never_pair (
    organisation_id  uuid          not null references organisation (id),
    senior_id        uuid          not null,
    mentor_id        uuid          not null,
    created_at       timestamp with time zone not null,
    constraint pk_matching_never_pair primary key (organisation_id, senior_id, mentor_id)
);

create table matching_required_preference (
    organisation_id  uuid          not null references organisation (id),
    senior_id        uuid          not null,
    created_at       timestamp with time zone not null,
    constraint pk_matching_required_preference primary key (organisation_id, senior_id)
);

-- A programme without rows here uses the defaults in the code (Criterion, Weights); a row
-- overrides one weight. name is a Criterion's name or LOAD_SPREAD.
create table matching_weight (
    organisation_id  uuid          not null references organisation (id),
    programme_id     uuid          not null,
    name             varchar(30)   not null,
    weight           integer       not null,
    constraint pk_matching_weight primary key (organisation_id, programme_id, name),
    constraint ck_matching_weight check (weight between 0 and 1000)
);
