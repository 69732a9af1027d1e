-- A team's name in each language of the screens (security.Team.nameIn): name is the Simplified Chinese one, the
-- others are optional and fall back to it.
alter table desk_team add column name_zh_tw varchar(200);
alter table desk_team add column name_en varchar(200);
-- The demo teams, as seeded before this version, get their Chinese names; the English one is kept.
update desk_team set name_en = name, name = '北区组', name_zh_tw = '北區組' where code = 'NORTH' and name = 'Team North';
update desk_team set name_en = name, name = '南区组', name_zh_tw = '南區組' where code = 'SOUTH' and name = 'Team South';
