-- Owner: curriculum. A number per organisation that every change to its topics or steps
-- raises in the same transaction, so that an instance holding the catalogue in memory can
-- tell with one small query whether its copy still holds (learning passports read the
-- whole catalogue each time they are opened).

create table curriculum_catalogue (
    organisation_id  uuid    primary key references organisation (id),
    version          bigint  not null
);

insert into curriculum_catalogue (organisation_id, version)
select id, 1 from organisation;
