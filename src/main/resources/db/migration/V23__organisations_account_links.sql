-- Owner: organisations. A user account may stand for someone of the registry: a MENTOR
-- account for one mentor, a SENIOR account for one senior, and a VENUE_STAFF account for
-- one or more venues, all of the account's own organisation.
--
-- The person is two columns on the account row, which the sign-in and every page's
-- account check read anyway, so that a session knows "I am this mentor" without another
-- query; person_role is the role the link is for, so that taking that role away takes
-- the link with it. One account per person: person_id is unique (ids are UUIDs, so
-- unique across organisations too). Venues are a link table, one row per venue, which
-- keeps organisation_id like every table and whose foreign key to the account names the
-- organisation as well, so that a link can never cross organisations. Only ids are kept
-- of people and venues, without foreign keys into the tables of the people and venues
-- modules, which own them (as sessions does).

alter table user_account add column person_id uuid;
alter table user_account add column person_role varchar(10);
alter table user_account add constraint ck_user_account_person
    check ((person_id is null and person_role is null)
        or (person_id is not null and person_role in ('MENTOR', 'SENIOR')));
alter table user_account add constraint uq_user_account_person unique (person_id);
alter table user_account add constraint uq_user_account_id_organisation unique (id, organisation_id);

create table user_account_venue (
    organisation_id  uuid  not null references organisation (id),
    user_id          uuid  not null,
    venue_id         uuid  not null,
    primary key (user_id, venue_id),
    constraint fk_user_account_venue_user foreign key (user_id, organisation_id)
        references user_account (id, organisation_id) on delete cascade
);
