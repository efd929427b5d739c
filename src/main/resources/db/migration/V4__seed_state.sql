-- One row that says whether the Palmyra data set was loaded. Instances starting together on an
-- empty database lock this row before seeding, so exactly one of them loads the data.
create table seed_state (
    id     integer primary key,
    loaded boolean not null
);
insert into seed_state (id, loaded) select 1, case when exists (select 1 from site) then true else false end;
