-- Owner: curriculum. Each organisation has its own catalogue of topics and learning
-- steps, seeded from the default catalogue when the organisation is created. Steps are
-- never deleted (session logs and learning passports point at them); they are retired.

create table curriculum_topic (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    code             varchar(40)   not null,
    sort_order       integer       not null,
    name_sv          varchar(80)   not null,
    name_en          varchar(80)   not null,
    description_sv   varchar(300)  not null,
    description_en   varchar(300)  not null,
    created_at       timestamp with time zone not null,
    version          integer       not null default 0,
    constraint uq_curriculum_topic_code unique (organisation_id, code),
    -- lets a step's foreign key name the organisation too, so a step can never sit
    -- under another organisation's topic
    constraint uq_curriculum_topic_tenant unique (id, organisation_id),
    constraint ck_curriculum_topic_code check (code = lower(code))
);

create table curriculum_step (
    id                 uuid          primary key,
    organisation_id    uuid          not null references organisation (id),
    topic_id           uuid          not null,
    sort_order         integer       not null,
    title_sv           varchar(160)  not null,
    title_en           varchar(160)  not null,
    -- the DigComp 2.2 competence code, 1.1 to 5.4
    competence         varchar(3)    not null,
    proficiency_level  integer       not null,
    -- the devices the step has its own instructions for, comma-separated; empty for all
    devices            varchar(200)  not null,
    retired            boolean       not null default false,
    created_at         timestamp with time zone not null,
    version            integer       not null default 0,
    constraint fk_curriculum_step_topic foreign key (topic_id, organisation_id)
        references curriculum_topic (id, organisation_id),
    constraint ck_curriculum_step_level check (proficiency_level between 1 and 8)
);

create index ix_curriculum_step_topic on curriculum_step (organisation_id, topic_id, sort_order);
